import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CloudId } from '@/utils/hosts';
import { CLOUD_CHOICE_KEY, readCloudChoice } from '@/utils/cloud/choice';

/** The cloud the admin chose, as stored (the background writes it), kept live through storage.onChanged. */
export function useCloudChoice(): CloudId {
  const [cloud, setCloud] = useState<CloudId>('public');
  useEffect(() => {
    let alive = true;
    const load = () => void readCloudChoice(browser.storage.local).then((c) => alive && setCloud(c));
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CLOUD_CHOICE_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return cloud;
}
