/** @jsxImportSource react */
import { mountFluent } from '@/tests/corpus/pages/kit/fluent';
import { BasicSamlFields } from '@/tests/corpus/pages/fluent/basic-saml-fields';

/** The form document inside the late frame of frames/late-nested-view. */
mountFluent(<BasicSamlFields />);
