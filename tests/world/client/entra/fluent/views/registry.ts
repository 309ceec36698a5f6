import type { ComponentType } from 'react';
import type { ViewId } from '../../ibiza/views';
import { AppGallery, AppOverview, CreateOwnApplication, EnterpriseAppsList } from './apps';
import { AddAssignment, PrincipalPicker, UsersAndGroups } from './assignments';
import { BasicSamlConfiguration } from './basic-saml';
import { SamlCertificates } from './certificates';
import { AttributesAndClaims, ManageClaim } from './claims';
import { ProvisioningClassic, ProvisioningNew } from './provisioning';
import { SamlConfiguration, SingleSignOnMethods } from './saml';

/** Every view, drawn with Fluent UI. */
export const FLUENT_VIEWS: Record<ViewId, ComponentType> = {
  EnterpriseAppsList,
  AppGallery,
  CreateOwnApplication,
  AppOverview,
  SingleSignOnMethods,
  SamlConfiguration,
  BasicSamlConfiguration,
  SamlCertificates,
  AttributesAndClaims,
  ManageClaim,
  UsersAndGroups,
  AddAssignment,
  PrincipalPicker,
  ProvisioningClassic,
  ProvisioningNew,
};
