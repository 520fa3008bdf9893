// Photos for stories and browser tests, drawn on a canvas (no image files in the repository): a
// street with a pothole, and a car with a number plate and a face-like shape to blur. Browser
// only. Not exported from the package.

export type StoryScene = 'pothole' | 'car' | 'rubbish';

const SKY: Record<StoryScene, string> = { pothole: '#9ec9e8', car: '#c8dcef', rubbish: '#d9e6c8' };

/** A JPEG of `scene`, `width` × `height` px, with fine detail (so blurring visibly changes it). */
export async function storyPhoto(scene: StoryScene, width = 640, height = 480): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  g.fillStyle = SKY[scene];
  g.fillRect(0, 0, width, height * 0.45);
  g.fillStyle = '#6b6b6b';
  g.fillRect(0, height * 0.45, width, height * 0.55);
  // Road texture: small stripes everywhere, so every region has detail to lose.
  for (let y = Math.floor(height * 0.45); y < height; y += 6) {
    for (let x = (y / 6) % 2 ? 0 : 3; x < width; x += 6) {
      g.fillStyle = (x * 7 + y * 13) % 5 ? '#727272' : '#5d5d5d';
      g.fillRect(x, y, 3, 3);
    }
  }
  if (scene === 'pothole') {
    g.fillStyle = '#2f2a24';
    g.beginPath();
    g.ellipse(width * 0.5, height * 0.72, width * 0.18, height * 0.08, 0, 0, Math.PI * 2);
    g.fill();
  } else if (scene === 'car') {
    g.fillStyle = '#b3261e';
    g.fillRect(width * 0.25, height * 0.5, width * 0.5, height * 0.22);
    g.fillStyle = '#ffffff';
    g.fillRect(width * 0.42, height * 0.64, width * 0.16, height * 0.06);
    g.fillStyle = '#111111';
    g.font = `${Math.round(height * 0.045)}px sans-serif`;
    g.fillText('29A-123.45', width * 0.43, height * 0.685);
    // A "face" at the window.
    g.fillStyle = '#f1c27d';
    g.beginPath();
    g.arc(width * 0.36, height * 0.56, height * 0.04, 0, Math.PI * 2);
    g.fill();
  } else {
    g.fillStyle = '#2e7d32';
    for (let i = 0; i < 9; i++) {
      g.fillRect(
        width * (0.3 + (i % 3) * 0.08),
        height * (0.55 + Math.floor(i / 3) * 0.06),
        width * 0.07,
        height * 0.05,
      );
    }
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
}
