// App-wide UI state: the open production, status messages, and a promise-based question dialog.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ChoiceDialog, type Choice } from './Modal';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

interface Question {
  title: string;
  message: string;
  choices: Choice<string>[];
  resolve: (value: string) => void;
}

export interface AppContextValue {
  docId: string | null;
  setDocId: (docId: string | null) => void;
  notices: Notice[];
  notify: (text: string, tone?: 'info' | 'error') => void;
  dismiss: (id: number) => void;
  ask: <T extends string>(title: string, message: string, choices: Choice<T>[]) => Promise<T | 'cancel'>;
  /** The panel shown in the workspace (credits, people, titles, checks, roll, revisions, import). */
  panel: string;
  setPanel: (panel: string) => void;
}

/** Messages kept at once; beyond this the oldest go (a runaway loop must not grow the list forever). */
const MAX_NOTICES = 30;

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ children }: { children: ReactNode }) {
  const [docId, setDocId] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [question, setQuestion] = useState<Question | null>(null);
  const [panel, setPanel] = useState('credits');
  const nextId = useRef(1);

  const notify = useCallback((text: string, tone: 'info' | 'error' = 'info') => {
    const id = nextId.current++;
    // Older messages fold behind "n More" rather than being dropped, so an error is never lost unread.
    setNotices((n) => [...n.slice(-(MAX_NOTICES - 1)), { id, text, tone }]);
    // Information fades after a while; errors stay until dismissed, so nothing that went wrong goes unread.
    if (tone === 'info') setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), 8000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((n) => n.filter((x) => x.id !== id)), []);
  const ask = useCallback(
    <T extends string>(title: string, message: string, choices: Choice<T>[]) =>
      new Promise<T | 'cancel'>((resolve) => setQuestion({ title, message, choices, resolve: resolve as (v: string) => void })),
    [],
  );

  const value = useMemo(() => ({ docId, setDocId, notices, notify, dismiss, ask, panel, setPanel }), [docId, notices, notify, dismiss, ask, panel]);
  return (
    <AppContext.Provider value={value}>
      {children}
      {question && (
        <ChoiceDialog
          title={question.title}
          message={question.message}
          choices={question.choices}
          onChoose={(v) => {
            setQuestion(null);
            question.resolve(v);
          }}
        />
      )}
    </AppContext.Provider>
  );
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}
