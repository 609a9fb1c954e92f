#!/bin/sh
# Regenerates the sandbox's clips and image (Debian: apt-get install ffmpeg fonts-dejavu-core).
# Run from this folder. The output is committed; the sandbox never runs this.
set -eu
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
label() {
  printf "drawtext=fontfile=%s:text='%s':fontcolor=white:fontsize=%s:box=1:boxcolor=black@0.55:boxborderw=10:x=(w-text_w)/2:y=%s" "$FONT" "$1" "$2" "$3"
}
clock="drawtext=fontfile=$FONT:text='%{eif\:t\:d}.%{eif\:mod(t*10\,10)\:d} s':fontcolor=white:fontsize=22:box=1:boxcolor=black@0.55:boxborderw=6:x=(w-text_w)/2:y=h-50"
enc="-c:v libx264 -preset slow -crf 30 -pix_fmt yuv420p -movflags +faststart -an"

ffmpeg -y -loglevel error -f lavfi -i "mandelbrot=size=640x360:rate=24:start_scale=2.5:end_scale=0.6:end_pts=96" -t 4 \
  -vf "$(label 'Kie Video sandbox' 30 30),$(label 'landscape · not a real AI video' 18 80),$clock" $enc sample-landscape.mp4
ffmpeg -y -loglevel error -f lavfi -i "testsrc2=size=360x640:rate=24" -t 4 \
  -vf "hue=H=2*PI*t/4,$(label 'Kie Video' 30 40),$(label 'sandbox · portrait' 20 90),$clock" $enc sample-portrait.mp4
ffmpeg -y -loglevel error -f lavfi -i "life=size=96x96:rate=12:mold=10:ratio=0.3:death_color=#1e1f22:life_color=#5865f2:mold_color=#57f287" -t 3 -r 24 \
  -vf "scale=480:480:flags=neighbor,$(label 'Kie Video sandbox' 28 30),$(label 'square · not a real AI video' 18 80),$clock" $enc sample-square.mp4
ffmpeg -y -loglevel error -f lavfi -i "color=c=#5865f2:size=320x180" -frames:v 1 \
  -vf "$(label 'first frame' 28 70)" sample-image.png
