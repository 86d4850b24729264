import { apiAs } from './api.js';
import { useServerAndBrowser } from './session.js';

/**
 * The proposal browser tests' start: a server and browser, and, read as Noor's job coach (Mohamed), Noor Visser's
 * id (14, the demo's young person who decides with her mother) and the offers of the demo social map.
 */
export function useNoorAndOffers() {
  let noor = '';
  let offers: { id: string; name: string }[] = [];
  const env = useServerAndBrowser(async (server) => {
    const coach = await apiAs(server.url, 'mohamed.bouzid@delinde.example');
    noor = (await coach<{ items: { id: string }[] }>('GET', '/clients?q=Noor')).items[0]?.id ?? '';
    offers = await coach<{ id: string; name: string }[]>('GET', '/offers');
  });
  return { env, noor: () => noor, offers: () => offers };
}
