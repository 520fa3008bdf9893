// Photos for the seeded reports, drawn in the browser (no image files to ship): a simple scene
// for each kind of problem, as a JPEG the memory backend accepts like a phone's photo.
import type { CategoryIcon } from '@govmini/feedback';

const WIDTH = 640;
const HEIGHT = 420;

type Draw = (g: CanvasRenderingContext2D) => void;

const ground = (g: CanvasRenderingContext2D, sky: string, floor: string, horizon = 170) => {
  g.fillStyle = sky;
  g.fillRect(0, 0, WIDTH, horizon);
  g.fillStyle = floor;
  g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
};

const SCENES: Partial<Record<CategoryIcon, Draw>> = {
  road(g) {
    ground(g, '#cfe3f2', '#8d8f91');
    g.fillStyle = '#f2f2f2';
    for (let x = 20; x < WIDTH; x += 120) g.fillRect(x, 290, 70, 10);
    g.fillStyle = '#3b3a36';
    g.beginPath();
    g.ellipse(330, 340, 110, 38, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#6f6a5c';
    g.beginPath();
    g.ellipse(330, 346, 80, 22, 0, 0, Math.PI * 2);
    g.fill();
  },
  flood(g) {
    ground(g, '#b9c6cf', '#6b8fa8', 190);
    g.strokeStyle = '#d7e6ef';
    g.lineWidth = 4;
    for (let y = 220; y < HEIGHT; y += 40) {
      g.beginPath();
      for (let x = 0; x <= WIDTH; x += 40) g.quadraticCurveTo(x + 20, y - 10, x + 40, y);
      g.stroke();
    }
    g.fillStyle = '#9a8f80';
    g.fillRect(60, 60, 160, 140);
    g.fillRect(420, 40, 180, 160);
  },
  light(g) {
    ground(g, '#1d2740', '#3d3f45', 260);
    g.fillStyle = '#5c5f66';
    g.fillRect(300, 60, 14, 220);
    g.fillRect(300, 60, 90, 10);
    g.fillStyle = '#2b2b2b';
    g.fillRect(370, 70, 40, 16);
  },
  rubbish(g) {
    ground(g, '#d9e4d0', '#a48f6c', 200);
    const bags = ['#2f3b2f', '#3c4a5e', '#5a3d2b', '#2b2b2b', '#46604a'];
    bags.forEach((colour, i) => {
      g.fillStyle = colour;
      g.beginPath();
      g.ellipse(170 + i * 70, 300 - (i % 2) * 30, 60, 45, 0, 0, Math.PI * 2);
      g.fill();
    });
  },
  tree(g) {
    ground(g, '#cfe6f5', '#9aa48c', 300);
    g.fillStyle = '#6b4a2f';
    g.fillRect(290, 140, 40, 170);
    g.fillStyle = '#3f7a3a';
    g.beginPath();
    g.arc(310, 120, 110, 0, Math.PI * 2);
    g.fill();
    g.strokeStyle = '#6b4a2f';
    g.lineWidth = 14;
    g.beginPath();
    g.moveTo(320, 190);
    g.lineTo(470, 280);
    g.stroke();
  },
  office(g) {
    ground(g, '#dfe9f1', '#c7c2b8', 330);
    g.fillStyle = '#e8d9b5';
    g.fillRect(120, 80, 400, 250);
    g.fillStyle = '#8a3b2e';
    g.fillRect(110, 60, 420, 30);
    g.fillStyle = '#5b7590';
    for (let x = 150; x < 500; x += 80)
      for (let y = 120; y < 300; y += 70) g.fillRect(x, y, 40, 45);
  },
};

/** A JPEG of a scene for the kind of problem (a plain street for kinds without one). */
export function drawSeedPhoto(icon: CategoryIcon): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const g = canvas.getContext('2d');
  if (!g) return Promise.reject(new Error('seed photos: this browser has no 2D canvas'));
  (SCENES[icon] ?? SCENES.road)?.(g);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('seed photos: no JPEG'))),
      'image/jpeg',
      0.8,
    ),
  );
}
