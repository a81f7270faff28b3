// Quad classes: labels and the colour class each one is drawn with (colours live in style.css).
export const QUAD_CLASSES = [1, 2, 3, 4] as const;

export const QUAD_LABEL: Record<number, string> = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const quadClass = (q: number | string) => `q${q}`;
