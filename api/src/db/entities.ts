import { LegalAdviser } from '../modules/adviser/legal-adviser.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Region } from '../modules/region/region.entity.js';
import { User } from '../modules/user/user.entity.js';

export const ENTITIES = [Region, LegalAdviser, Person, User];
