/** @jsxImportSource react */
import { Spinner, SpinnerSize } from '@fluentui/react';
import { useEffect, useState, type ReactElement } from 'react';
import { mountFluent } from '@/tests/corpus/pages/kit/fluent';
import { BasicSamlFields } from '@/tests/corpus/pages/fluent/basic-saml-fields';

/** A React view that takes over 20 s to draw (evidence 3: about 15 s recorded for a real one), behind a Spinner. */

const DRAW_MS = 22_000;

function View(): ReactElement {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), DRAW_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <BasicSamlFields /> : <Spinner size={SpinnerSize.large} label="Loading..." />;
}

mountFluent(<View />);
