// The live preview: the roll drawn by the one HTML renderer the exports use (shared/roll/html.ts), in a sandboxed
// iframe. The sandbox allows no script at all (the preview markup has none; the app's CSP, inherited by a srcdoc
// frame, would refuse inline script anyway) but keeps the frame same-origin, so the panel can patch the frame's
// document instead of reloading it: a credit change replaces the body markup, a style change replaces only the
// stylesheet text, the title-safe toggle only a class. The frame is loaded from srcdoc once, when it first shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RollStyle } from '../../../../shared/model/types';
import { bodyClasses, renderRollBody, renderRollCss, renderRollHtml, type RenderOptions, type Roll } from '../../../../shared/roll';

/** Preview chrome only (not part of any export): a thin scrollbar, so the frame keeps nearly its full width. */
const CHROME_CSS = 'html{scrollbar-width:thin;scrollbar-color:rgba(128,128,128,.6) transparent}';

interface Shown {
  roll: Roll;
  style: RollStyle;
  showSafeArea: boolean;
}

const options = (showSafeArea: boolean): RenderOptions => ({ mode: 'preview', showSafeArea });

/** The preview's whole document, as the iframe first loads it. Exported for the benchmark's first-screen timing. */
export function previewDocument(roll: Roll, style: RollStyle, showSafeArea: boolean): string {
  return renderRollHtml(roll, style, options(showSafeArea)).replace('</head>', `<style>${CHROME_CSS}</style></head>`);
}

export function RollPreview(props: Shown & { label: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [srcDoc, setSrcDoc] = useState(() => previewDocument(props.roll, props.style, props.showSafeArea));
  const wanted = useRef<Shown>(props);
  wanted.current = { roll: props.roll, style: props.style, showSafeArea: props.showSafeArea };
  const shown = useRef<Shown>(wanted.current);
  const loaded = useRef(false);

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
      setSrcDoc(previewDocument(want.roll, want.style, want.showSafeArea));
      return;
    }
    const opts = options(want.showSafeArea);
    if (want.roll !== have.roll) doc.body.innerHTML = renderRollBody(want.roll, want.style, opts);
    if (want.style !== have.style || want.roll !== have.roll) {
      const css = renderRollCss(want.roll, want.style, opts);
      if (sheet.textContent !== css) sheet.textContent = css;
    }
    if (want.showSafeArea !== have.showSafeArea) doc.body.className = bodyClasses(opts);
    shown.current = want;
  }, []);

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
          sync();
        }}
      />
      {props.showSafeArea && (
        <div className="roll-safe-overlay" aria-hidden="true">
          <span>Title safe 90%</span>
        </div>
      )}
    </div>
  );
}
