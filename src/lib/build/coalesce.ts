/**
 * A trigger for an async task that never runs it twice at once: a trigger
 * while it runs asks for one more run once it ends, however many triggers
 * came meanwhile. The dev server's file watcher fires several events for one
 * save; each started a sync of its own, and two syncs wrote one store at once.
 */
export function coalesce(task: () => Promise<void>, onError: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const trigger = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = task()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void trigger();
        }
      });
    return running;
  };
  return trigger;
}
