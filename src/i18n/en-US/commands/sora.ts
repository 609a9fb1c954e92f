/** `/sora` as Discord shows it: names stay the same in English, descriptions and choices are what members read. */
export default {
  name: 'sora',
  description: 'Make a short AI video from a prompt (paid from this server’s credits)',
  options: {
    prompt: { name: 'prompt', description: 'What happens in the video' },
    duration: { name: 'duration', description: 'Length in seconds (depends on the model)', choice: '{{value}} seconds' },
    aspect: {
      name: 'aspect',
      description: 'Portrait (9:16), landscape (16:9) or square',
      choices: { portrait: 'portrait', landscape: 'landscape', square: 'square' },
    },
    model: { name: 'model', description: 'Video model (default: this server’s, see /models); type to see prices' },
    quality: { name: 'quality', description: 'standard or high (models that offer it)', choices: { standard: 'standard', high: 'high' } },
    image: { name: 'image', description: 'First frame (PNG, JPEG or WebP, up to 10 MB)' },
  },
} as const;
