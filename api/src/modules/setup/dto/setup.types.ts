import { Field, InputType, ObjectType } from 'type-graphql';
import { WithParent } from '../../../common/access/rules.js';

@WithParent()
@ObjectType({ description: 'Whether this installation still needs its first-run setup' })
export class SetupStatus {
  @Field({ description: 'True until the first bureau administrator is created: the console then opens the setup page' })
  needed!: boolean;
}

@InputType({ description: 'The first run of a real installation: its root region and its first bureau administrator' })
export class CompleteSetupInput {
  @Field({ description: 'The one-time setup token the server printed in its log when it started' })
  token!: string;

  @Field({
    description:
      'The 12-digit statistical division code (统计用区划代码) of the installation’s root: a province (e.g. 140000000000), a city (141100000000) or a county (141122000000)',
  })
  rootCode!: string;

  @Field({ description: 'The root region’s name, e.g. 交城县' })
  rootName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the root is a county: the name of its city (e.g. 吕梁市), created above it with the code’s first four digits',
  })
  cityName?: string | null;

  @Field({ description: 'Sign-in name of the first bureau administrator (letters, digits, dot, dash, underscore)' })
  username!: string;

  @Field({ description: 'The administrator’s name as shown in the console and the audit trail' })
  displayName!: string;

  @Field({ description: 'The administrator’s password: at least 10 characters, not the username, not a common password' })
  password!: string;
}
