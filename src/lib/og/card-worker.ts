// Worker thread that draws share cards for the build (see src/integrations/share-cards.ts).
import { serveTasks } from '../workers/pool.ts';
import { renderCard, type Card } from './render-card.ts';

serveTasks(
  (card: Card) => {
    const png = renderCard(card);
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
  },
  (png) => [png.buffer],
);
