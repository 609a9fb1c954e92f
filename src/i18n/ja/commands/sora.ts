import type { Messages } from '../../en-US/index.ts';

/** `/sora` as Discord shows it: option and choice names in Japanese, values unchanged. */
export default {
  name: 'sora',
  description: 'プロンプトから短いAI動画を作ります（このサーバーのクレジットで支払い）',
  options: {
    prompt: { name: 'プロンプト', description: '動画の内容' },
    duration: { name: '長さ', description: '秒数（モデルによって異なります）', choice: '{{value}}秒' },
    aspect: {
      name: '縦横比',
      description: '縦長（9:16）、横長（16:9）、正方形',
      choices: { portrait: '縦長', landscape: '横長', square: '正方形' },
    },
    model: { name: 'モデル', description: '動画モデル（デフォルト：このサーバーの設定、/models 参照）。入力すると価格が表示されます' },
    quality: { name: '画質', description: '標準画質または高画質（対応モデルのみ）', choices: { standard: '標準画質', high: '高画質' } },
    image: { name: '画像', description: '最初のフレーム（PNG、JPEG、WebP、10 MBまで）' },
  },
} satisfies Messages['commands']['sora'];
