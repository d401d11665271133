import { palette, patternIds } from './chart-style';

/**
 * SVG fill patterns: series `i` is drawn in colour `i` with pattern `i`, so
 * series differ in more than colour. Put inside a chart's `<defs>`.
 */
export function patternFill(prefix: string, index: number): string {
  return index === 0 ? palette[0]! : `url(#${prefix}-pattern-${index})`;
}

export function ChartPatterns({ prefix, colours = palette }: { prefix: string; colours?: readonly string[] }) {
  return (
    <defs>
      {patternIds.map((kind, i) => {
        if (i === 0) return null;
        const colour = colours[i % colours.length]!;
        return (
          <pattern key={kind} id={`${prefix}-pattern-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={colour} />
            <PatternMark kind={kind} />
          </pattern>
        );
      })}
    </defs>
  );
}

function PatternMark({ kind }: { kind: (typeof patternIds)[number] }) {
  const stroke = { stroke: 'rgba(255,255,255,0.75)', strokeWidth: 1.5 };
  switch (kind) {
    case 'stripes':
      return <path d="M0 8 L8 0" {...stroke} />;
    case 'back-stripes':
      return <path d="M0 0 L8 8" {...stroke} />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.5" fill="rgba(255,255,255,0.8)" />;
    case 'dense-dots':
      return (
        <>
          <circle cx="2" cy="2" r="1" fill="rgba(255,255,255,0.8)" />
          <circle cx="6" cy="6" r="1" fill="rgba(255,255,255,0.8)" />
        </>
      );
    case 'cross':
      return <path d="M0 8 L8 0 M0 0 L8 8" {...stroke} />;
    case 'grid':
      return <path d="M4 0 V8 M0 4 H8" {...stroke} />;
    case 'zigzag':
      return <path d="M0 6 L2 2 L4 6 L6 2 L8 6" fill="none" {...stroke} />;
    case 'wide-stripes':
      return <path d="M0 2 H8 M0 6 H8" {...stroke} />;
    default:
      return null;
  }
}
