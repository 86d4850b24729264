import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, dataOf, type ApiBody } from '../../api/client';

const ROLL_CALL = '/api/v1/occurrences/{occurrenceId}/roll-call';

/**
 * What one tap asks for one person; times only for someone who is there, and `transport`: how someone who came
 * travelled (003 L1286-1288).
 */
export type RollCallEntry = Pick<
  ApiBody<typeof ROLL_CALL, 'post'>['records'][number],
  'clientId' | 'status' | 'arrival' | 'departure' | 'transport'
>;

/** A failure worth retrying: no answer at all (offline, timed out) or the server's own trouble. */
function retriable(error: unknown): boolean {
  return (
    !(error instanceof ApiError) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500
  );
}

const sameEntry = (a: RollCallEntry | undefined, b: RollCallEntry) =>
  a !== undefined &&
  a.status === b.status &&
  a.arrival === b.arrival &&
  a.departure === b.departure &&
  a.transport === b.transport;

/** Waits between retries: 1, 2, 4, 8, 16 then 30 seconds (a door with bad Wi-Fi, not a server in trouble). */
const backoff = (failures: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));

export interface RollCallQueue {
  /** The latest choice per person, shown at once (optimistic); the server's record until then. */
  wanted: Record<string, RollCallEntry>;
  /** People whose latest choice is not confirmed by the server yet. */
  unsent: string[];
  /** Refused by the server (4xx): the choice is dropped and the reason shown. */
  refused: { clientIds: string[]; error: ApiError } | null;
  failures: number;
  /** Requests the server confirmed. */
  confirmed: number;
  online: boolean;
  put: (entries: RollCallEntry[]) => void;
  retryNow: () => void;
}

/**
 * The roll call's outbox: every tap goes in at once, one request at a time goes out (so a slow answer
 * never overtakes a later tap), failures are retried with a growing wait, and a double tap or a retried
 * request is harmless because the server does not write a record equal to the current one.
 */
export function useRollCallQueue(occurrenceId: string): RollCallQueue {
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState<Record<string, RollCallEntry>>({});
  const [pending, setPending] = useState<Record<string, RollCallEntry>>({});
  const [inFlight, setInFlight] = useState(false);
  const [failures, setFailures] = useState(0);
  const [confirmed, setConfirmed] = useState(0);
  const [waiting, setWaiting] = useState(false);
  const [refused, setRefused] = useState<RollCallQueue['refused']>(null);
  const [online, setOnline] = useState(() => globalThis.navigator?.onLine ?? true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      setWaiting(false);
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const wantedNow = useRef(wanted);
  wantedNow.current = wanted;
  const put = useCallback((given: RollCallEntry[]) => {
    // The same choice again (a double tap before the screen caught up) is no new choice.
    const entries = given.filter((e) => !sameEntry(wantedNow.current[e.clientId], e));
    if (entries.length === 0) return;
    wantedNow.current = { ...wantedNow.current, ...Object.fromEntries(entries.map((e) => [e.clientId, e])) };
    setRefused(null);
    setWanted((w) => ({ ...w, ...Object.fromEntries(entries.map((e) => [e.clientId, e])) }));
    setPending((p) => ({ ...p, ...Object.fromEntries(entries.map((e) => [e.clientId, e])) }));
  }, []);

  const retryNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setWaiting(false);
  }, []);

  useEffect(() => {
    const batch = Object.values(pending);
    if (inFlight || waiting || batch.length === 0) return;
    setInFlight(true);
    // Failures arrive as ApiError from the client's middleware: status 0 without an answer, else the server's status.
    dataOf(api.POST(ROLL_CALL, { params: { path: { occurrenceId } }, body: { records: batch } }))
      .then(() => {
        setFailures(0);
        setConfirmed((n) => n + 1);
        // Only what was sent leaves the outbox; a tap made meanwhile stays for the next request.
        setPending((p) => Object.fromEntries(Object.entries(p).filter(([, e]) => !batch.includes(e))));
        // Once the list is read back, the server's record is what is shown (with the times it filled in).
        void queryClient
          .invalidateQueries({ queryKey: ['roll-call', occurrenceId] })
          .then(() => setWanted((w) => Object.fromEntries(Object.entries(w).filter(([, e]) => !batch.includes(e)))));
      })
      .catch((error: unknown) => {
        if (retriable(error)) {
          setFailures((n) => {
            const next = n + 1;
            setWaiting(true);
            timer.current = setTimeout(() => setWaiting(false), backoff(next));
            return next;
          });
          return;
        }
        const ids = batch.map((e) => e.clientId);
        setPending((p) => Object.fromEntries(Object.entries(p).filter(([, e]) => !batch.includes(e))));
        setWanted((w) => Object.fromEntries(Object.entries(w).filter(([id, e]) => !(ids.includes(id) && batch.includes(e)))));
        setRefused({ clientIds: ids, error: error as ApiError });
      })
      .finally(() => setInFlight(false));
  }, [pending, inFlight, waiting, occurrenceId, queryClient]);

  return { wanted, unsent: Object.keys(pending), refused, failures, confirmed, online, put, retryNow };
}
