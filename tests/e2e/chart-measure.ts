/** Measures every visible chart of a page, in the page (passed to page.evaluate). */
export interface Finding {
  figure: string;
  problem: string;
}

/** Runs in the page: measures every visible chart SVG. */
export function measureCharts(): { charts: number; findings: Finding[] } {
  const MIN_FONT = 11;
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  /** A colour seen through its opacity, over the page background. */
  const blend = (c: number[], alpha: number, bg: number[]) => c.slice(0, 3).map((v, i) => v * alpha + bg[i]! * (1 - alpha));
  const alphaOf = (el: Element, kind: 'fill' | 'stroke') => {
    let a = 1;
    for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) a *= Number(getComputedStyle(e).opacity || 1);
    const cs = getComputedStyle(el);
    const c = rgb(kind === 'fill' ? cs.fill : cs.stroke);
    return a * Number(kind === 'fill' ? cs.fillOpacity || 1 : cs.strokeOpacity || 1) * (c.length === 4 ? c[3]! : 1);
  };
  const bg = rgb(getComputedStyle(document.body).backgroundColor);
  const findings: Finding[] = [];
  const figures = [...document.querySelectorAll<HTMLElement>('figure.chart')];
  let charts = 0;
  for (const figure of figures) {
    const svg = [...figure.querySelectorAll<SVGSVGElement>('.chart-frame svg')].find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) {
      findings.push({ figure: figure.id, problem: 'no visible chart' });
      continue;
    }
    charts++;
    const report = (problem: string) => findings.push({ figure: figure.id, problem });
    const scale = svg.getScreenCTM()!.a;
    const box = svg.getBoundingClientRect();
    if (box.right > document.documentElement.clientWidth + 0.5) report(`chart is wider than the page (${Math.round(box.right)} px)`);
    // Labels vega hides to avoid overlaps are drawn with opacity 0: not seen, not measured.
    const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(
      (t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).display !== 'none' && alphaOf(t, 'fill') > 0,
    );
    const rects = texts.map((t) => ({ t, r: t.getBoundingClientRect(), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
    for (const { t, r } of rects) {
      const label = JSON.stringify((t.textContent ?? '').slice(0, 40));
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (px < MIN_FONT - 0.05) report(`text ${label} is ${px.toFixed(1)} px (minimum ${MIN_FONT})`);
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        report(`text ${label} is cut off at the chart's edge`);
      const weight = Number(getComputedStyle(t).fontWeight);
      const large = px >= 24 || (px >= 18.66 && weight >= 700);
      const ratio = contrast(blend(rgb(getComputedStyle(t).fill), alphaOf(t, 'fill'), bg), bg);
      if (ratio < (large ? 3 : 4.5) - 0.01) report(`text ${label} has contrast ${ratio.toFixed(2)}:1`);
    }
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!.r;
        const b = rects[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // A text box is about 1.3 em tall, with room above the capitals and below the baseline; boxes that
        // share more than 0.3 em of height (and a pixel of width) put letters on letters.
        if (w > 1 && h > 0.3 * Math.min(rects[i]!.px, rects[j]!.px))
          report(`labels ${JSON.stringify(rects[i]!.t.textContent)} and ${JSON.stringify(rects[j]!.t.textContent)} overlap`);
      }
    }
    // Marks and legend symbols: WCAG 1.4.11 asks 3:1 for graphics needed to read the chart.
    const marks = svg.querySelectorAll<SVGElement>('.role-mark path, .role-mark rect, .role-mark line, .role-legend-symbol path');
    for (const m of marks) {
      const group = m.closest('g[class*="mark-"]')?.getAttribute('class') ?? '';
      if (group.includes('mark-text')) continue;
      const cs = getComputedStyle(m);
      const usesStroke = group.includes('mark-line') || group.includes('mark-rule') || cs.fill === 'none';
      const candidates: number[] = [];
      if (!usesStroke || group.includes('mark-area')) candidates.push(contrast(blend(rgb(cs.fill), alphaOf(m, 'fill'), bg), bg));
      if (cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0) candidates.push(contrast(blend(rgb(cs.stroke), alphaOf(m, 'stroke'), bg), bg));
      const best = Math.max(0, ...candidates);
      if (best < 3 - 0.01) report(`${group.split(' ')[0]} ${m.closest('.role-legend-symbol') ? 'legend symbol' : 'mark'} has contrast ${best.toFixed(2)}:1`);
    }
  }
  return { charts, findings };
}
