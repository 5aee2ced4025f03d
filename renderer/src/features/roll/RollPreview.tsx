// The live preview: the roll drawn by the one HTML renderer the exports use (shared/roll/html.ts), in a sandboxed
// iframe. The sandbox allows no script at all (the preview markup has none; the app's CSP, inherited by a srcdoc
// frame, would refuse inline script anyway) but keeps the frame same-origin, so the panel can patch the frame's
// document instead of reloading it: a credit change replaces the body markup, a style change replaces only the
// stylesheet text, the title-safe toggle only a class. The frame loads from srcdoc once, when it first shows,
// with the first screen's sections; the rest follow a slice per frame (first-screen.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RollStyle } from '../../../../shared/model/types';
import { bodyClasses, renderRollBody, renderRollCss, renderRollHtml, type RenderOptions, type Roll, type RollSection } from '../../../../shared/roll';
import { splitForFirstScreen } from './first-screen';

/** Preview chrome only (not part of any export): a thin scrollbar, so the frame keeps nearly its full width. */
const CHROME_CSS = 'html{scrollbar-width:thin;scrollbar-color:rgba(128,128,128,.6) transparent}';

interface Shown {
  roll: Roll;
  style: RollStyle;
  showSafeArea: boolean;
}

const options = (showSafeArea: boolean): RenderOptions => ({ mode: 'preview', showSafeArea });

/** A whole preview document for a roll. Exported for the benchmark's first-screen timing. */
export function previewDocument(roll: Roll, style: RollStyle, showSafeArea: boolean): string {
  return renderRollHtml(roll, style, options(showSafeArea)).replace('</head>', `<style>${CHROME_CSS}</style></head>`);
}

/** Adds end-credit sections to the frame's roll, parsed by the frame's own document. */
function appendSections(doc: Document, roll: Roll, style: RollStyle, sections: RollSection[]): void {
  const target = doc.body.querySelector('.rc-end');
  if (!target) return;
  const template = doc.createElement('template');
  template.innerHTML = renderRollBody({ ...roll, mainTitles: [], endCredits: sections }, style, options(false));
  const parsed = template.content.querySelector('.rc-end');
  if (parsed) target.append(...Array.from(parsed.children));
}

export function RollPreview(props: Shown & { label: string; /** Said over the frame when the roll has no credits. */ emptyMessage?: string | null }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const wanted = useRef<Shown>(props);
  wanted.current = { roll: props.roll, style: props.style, showSafeArea: props.showSafeArea };
  const shown = useRef<Shown>(wanted.current);
  /** Sections of the shown roll still to be added after the first screen. */
  const rest = useRef<RollSection[][]>([]);
  const loaded = useRef(false);
  /** Bumped for each run of slices, so that only the latest run goes on. */
  const generation = useRef(0);
  const [srcDoc, setSrcDoc] = useState(() => {
    const split = splitForFirstScreen(props.roll);
    rest.current = split.rest;
    return previewDocument(split.head, props.style, props.showSafeArea);
  });

  const addRest = useCallback(() => {
    const roll = shown.current.roll;
    const run = ++generation.current;
    const step = () => {
      const doc = frame.current?.contentDocument;
      // A newer roll replaced the body (and started its own run, if it needs one).
      if (!doc?.body || run !== generation.current || shown.current.roll !== roll) return;
      const slice = rest.current.shift();
      if (!slice) return;
      appendSections(doc, roll, shown.current.style, slice);
      if (rest.current.length) requestAnimationFrame(step);
    };
    // Two frames: the first screen is painted before the first slice is parsed.
    requestAnimationFrame(() => requestAnimationFrame(step));
  }, []);

  const sync = useCallback(() => {
    if (!loaded.current) return;
    const want = wanted.current;
    const have = shown.current;
    if (want.roll === have.roll && want.style === have.style && want.showSafeArea === have.showSafeArea) return;
    const doc = frame.current?.contentDocument;
    const sheet = doc?.head?.querySelector('style');
    if (!doc || !doc.body || !sheet) {
      // The frame cannot be reached (a stricter embedder): draw the whole document again instead.
      loaded.current = false;
      shown.current = want;
      rest.current = [];
      setSrcDoc(previewDocument(want.roll, want.style, want.showSafeArea));
      return;
    }
    const opts = options(want.showSafeArea);
    let progressive = false;
    if (want.roll !== have.roll) {
      if ((doc.scrollingElement?.scrollTop ?? 0) <= (frame.current?.clientHeight ?? 0)) {
        // At the top of the roll: the first screen now, the rest a slice per frame.
        const split = splitForFirstScreen(want.roll);
        rest.current = split.rest;
        progressive = split.rest.length > 0;
        doc.body.innerHTML = renderRollBody(split.head, want.style, opts);
      } else {
        // Further down: the whole markup at once, so the reader stays where they were.
        rest.current = [];
        doc.body.innerHTML = renderRollBody(want.roll, want.style, opts);
      }
    }
    if (want.style !== have.style || want.roll !== have.roll) {
      const css = renderRollCss(want.roll, want.style, opts);
      if (sheet.textContent !== css) sheet.textContent = css;
    }
    if (want.showSafeArea !== have.showSafeArea) doc.body.className = bodyClasses(opts);
    shown.current = want;
    if (progressive) addRest();
  }, [addRest]);

  useEffect(sync, [props.roll, props.style, props.showSafeArea, sync]);

  return (
    <div className="roll-preview" style={{ background: props.style.background }}>
      <iframe
        ref={frame}
        title={props.label}
        sandbox="allow-same-origin"
        srcDoc={srcDoc}
        onLoad={() => {
          loaded.current = true;
          const before = generation.current;
          sync();
          // The first load's slices, unless sync has just drawn a newer roll and started its own.
          if (generation.current === before && rest.current.length) addRest();
        }}
      />
      {props.emptyMessage && (
        <p className="roll-empty">
          {props.emptyMessage}
        </p>
      )}
      {props.showSafeArea && (
        <div className="roll-safe-overlay" aria-hidden="true">
          <span>Title safe 90%</span>
        </div>
      )}
    </div>
  );
}
