// Crawl timing: frame size and rate, a whole-pixel speed, the running time they give, and fitting a target time
// by line height (1.20-1.45) or speed step. The arithmetic is shared/roll/timing.ts, the same the exports use; this
// panel only asks and tells, and says plainly when a target cannot be met and what the nearest time is.
import { useEffect, useId, useMemo, useState } from 'react';
import type { RollStyle } from '../../../../shared/model/types';
import { crawlTiming, fitRunningTime, formatDuration, frameScale, type FitResult, type Roll } from '../../../../shared/roll';
import { describeSeconds, parseDuration } from './duration-text';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import type { StyleEditor } from './use-style-editor';

const FRAME_OPTIONS: { value: RollStyle['frame']; label: string }[] = [
  { value: '1920x1080', label: '1920 × 1080 (HD)' },
  { value: '3840x2160', label: '3840 × 2160 (UHD)' },
];
const RATE_OPTIONS: { value: RollStyle['fps']; label: string }[] = [
  { value: '23.976', label: '23.976 fps' },
  { value: '24', label: '24 fps' },
  { value: '25', label: '25 fps' },
  { value: '29.97', label: '29.97 fps' },
];

export function TimingPanel({ roll, editor, readOnly }: { roll: Roll; editor: StyleEditor; readOnly: boolean }) {
  const { style, set, flush } = editor;
  const id = useId();
  const timing = useMemo(() => crawlTiming(roll, style), [roll, style]);
  const [targetText, setTargetText] = useState(style.targetSeconds === null ? '' : formatDuration(style.targetSeconds));
  const [result, setResult] = useState<FitResult | null>(null);
  const target = parseDuration(targetText);
  const targetInvalid = Number.isNaN(target);
  const scale = frameScale(style.frame);

  // A fit answer describes the roll it was made for: it goes when the credits change.
  useEffect(() => setResult(null), [roll]);
  useEffect(() => {
    setTargetText((t) => (parseDuration(t) === style.targetSeconds ? t : style.targetSeconds === null ? '' : formatDuration(style.targetSeconds)));
  }, [style.targetSeconds]);

  const fit = () => {
    if (target === null || Number.isNaN(target)) return;
    const answer = fitRunningTime(roll, style, target);
    setResult(answer);
    if (answer.ok) set({ lineHeight: answer.lineHeight, speedPxPerFrame: answer.speedPxPerFrame, targetSeconds: target }, { immediate: true, label: 'Fit the crawl to its target running time' });
  };

  return (
    <section className="roll-timing" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Crawl timing</h3>
      <fieldset disabled={readOnly} className="field-grid timing-grid">
        <SelectField
          label="Frame size"
          value={style.frame}
          options={FRAME_OPTIONS}
          onChange={(frame) => {
            // Keep the pace on screen: the same crawl at twice the pixels moves twice the pixels per frame.
            const speed = Math.min(30, Math.max(1, Math.round((style.speedPxPerFrame * frameScale(frame)) / scale)));
            set({ frame, speedPxPerFrame: speed }, { immediate: true });
          }}
        />
        <SelectField label="Frame rate" value={style.fps} options={RATE_OPTIONS} onChange={(fps) => set({ fps }, { immediate: true })} />
        <NumberField
          label="Speed (px per frame)"
          value={style.speedPxPerFrame}
          min={1}
          max={30}
          integer
          hint={`Whole pixels only, so the text never shimmers: ${4 * scale} is a common pace, ${7 * scale} is fast.`}
          onValue={(v) => set({ speedPxPerFrame: v })}
          onDone={() => void flush()}
        />
      </fieldset>

      <p className="running-time">
        Running time of the end crawl: <strong>{describeSeconds(timing.seconds)}</strong>
        <span className="muted">
          {' '}
          — {timing.frames.toLocaleString('en')} frames at {style.speedPxPerFrame} px per frame, line height {style.lineHeight.toFixed(2)}
          {timing.mainTitlesSeconds > 0 ? `; the opening titles hold ${describeSeconds(timing.mainTitlesSeconds)} before it` : ''}.
        </span>
      </p>

      <fieldset disabled={readOnly} className="fit-row">
        <div className="number-field">
          <label htmlFor={`${id}-target`}>Target running time (m:ss)</label>
          <input
            id={`${id}-target`}
            type="text"
            inputMode="numeric"
            placeholder="e.g. 2:30"
            value={targetText}
            aria-invalid={targetInvalid || undefined}
            aria-describedby={targetInvalid ? `${id}-target-error` : undefined}
            onChange={(e) => {
              setTargetText(e.target.value);
              setResult(null);
              const seconds = parseDuration(e.target.value);
              if (!Number.isNaN(seconds) && (seconds === null || seconds <= 36_000)) set({ targetSeconds: seconds });
            }}
            onBlur={() => void flush()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') fit();
            }}
          />
          {targetInvalid && (
            <span id={`${id}-target-error`} className="error field-hint">
              Type the target as minutes and seconds, such as 2:30, or as hours, minutes and seconds, such as 1:02:30.
            </span>
          )}
        </div>
        <button type="button" onClick={fit} disabled={target === null || targetInvalid}>
          Fit to Target
        </button>
      </fieldset>

      {result?.ok && (
        <p className="ok" aria-live="polite">
          {result.message}
        </p>
      )}
      {result && !result.ok && (
        <div className="fit-failed">
          <p role="alert">{result.message}</p>
          <button
            type="button"
            disabled={readOnly}
            onClick={() => {
              set({ lineHeight: result.nearest.lineHeight, speedPxPerFrame: result.nearest.speedPxPerFrame }, { immediate: true, label: 'Use the nearest crawl running time' });
              setResult(null);
            }}
          >
            {/* A colon, not brackets: the time already carries "(10 seconds)", and brackets inside brackets read badly. */}
            Use the nearest time: {describeSeconds(result.nearest.seconds)}
          </button>
        </div>
      )}
    </section>
  );
}

