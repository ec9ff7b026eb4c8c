/**
 * Which services the popup shows: an admin's enforced list wins and is read-only; otherwise the
 * list the ops team saved in the options page; otherwise the admin's default; otherwise ours.
 */
import { storage } from 'wxt/utils/storage';
import { getPolicy, resolvePolicySetting } from '../library/policy';
import { servicesSchema, type Service } from '../schemas/feedback';
import { readServices } from '../settings';

export interface ServiceSettings {
  services: Service[];
  /** Set by managed policy: the options page shows it read-only with a "Managed" badge. */
  managed: boolean;
}

export async function readServiceSettings(): Promise<ServiceSettings> {
  const fromPolicy = resolvePolicySetting(await getPolicy(), 'services');
  if (fromPolicy?.locked) return { services: fromPolicy.value, managed: true };
  const saved = servicesSchema.safeParse(await storage.getItem('local:services'));
  if (!saved.success && fromPolicy) return { services: fromPolicy.value, managed: false };
  return { services: await readServices(), managed: false };
}
