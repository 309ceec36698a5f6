/** @jsxImportSource react */
import { Spinner, SpinnerSize } from '@fluentui/react';
import { useEffect, useState, type ReactElement } from 'react';
import { mountFluent } from '@/tests/corpus/pages/kit/fluent';

/**
 * A React view that, seconds after it loaded, puts the form in a same-origin
 * frame of its own (evidence 3: views take seconds; the form arrives late and
 * one frame deeper than the view).
 */

const LATE_MS = 3_000;

function View(): ReactElement {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      const url = new URL('/ReactView/Microsoft_AAD_IAM/content.html', location.origin);
      url.searchParams.set('corpus', new URLSearchParams(location.search).get('corpus') ?? '');
      url.searchParams.set('doc', 'form');
      setSrc(url.toString());
    }, LATE_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!src) return <Spinner size={SpinnerSize.large} label="Loading..." />;
  return <iframe name="BasicSamlContent" title="Basic SAML Configuration" src={src} style={{ border: 0, width: '100%', height: 600 }} />;
}

mountFluent(<View />);
