import englishRaMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { fengqiaoChinese } from './zh-CN';

/** Fengqiao's own messages in English. Typed against the Chinese ones so that neither can miss a key. */
export const fengqiaoEnglish: typeof fengqiaoChinese = {
  fq: {
    app: {
      name: 'Fengqiao',
      tagline: 'Village legal advisers and mediation',
      title: 'Fengqiao – village legal advisers and mediation',
      language: 'Language',
    },
    login: {
      heading: 'Sign in',
      intro: 'Sign in with the account the justice bureau gave you.',
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      required: 'Enter your %{field}',
      wrong_credentials: 'Wrong username or password',
      rate_limited_minutes: 'Too many failed sign-ins; try again in %{minutes} min',
      rate_limited_seconds: 'Too many failed sign-ins; try again in %{seconds} s',
      footer: "Justice administration · people's mediation",
    },
    error: {
      UNAUTHENTICATED: 'Your sign-in has expired; please sign in again',
      FORBIDDEN: 'You are not allowed to do this',
      BAD_USER_INPUT: 'Invalid input: %{field}',
      BAD_USER_INPUT_unnamed: 'Invalid input; please check and try again',
      NOT_FOUND: 'Not found, or outside your jurisdiction',
      CONFLICT: 'This conflicts with an existing record; refresh and try again',
      RATE_LIMITED: 'Too many requests; try again in %{seconds} s',
      INTERNAL_SERVER_ERROR: 'Server error; please try again later',
      NETWORK: 'Cannot reach the server; check the network',
    },
    menu: {
      dashboard: 'Home',
      regions: 'Regions',
      township_villages: 'Villages of my township',
      my_villages: 'My villages',
      users: 'Users',
      graphiql: 'Data queries (GraphiQL)',
    },
    enum: {
      Role: {
        BUREAU_ADMIN: 'County justice bureau',
        OFFICE_STAFF: 'Township judicial office',
        ADVISER: 'Village legal adviser',
        PARTY: 'Party',
        ANALYST: 'Analyst',
      },
      RegionLevel: {
        CITY: 'City',
        COUNTY: 'County',
        TOWNSHIP: 'Township',
        VILLAGE: 'Village / community',
      },
      Terrain: {
        MOUNTAIN: 'Mountain',
        PLAIN: 'Plain',
      },
      VillageKind: {
        VILLAGE: 'Village',
        COMMUNITY: 'Community',
      },
    },
    dashboard: {
      title: 'Home',
      welcome: 'Welcome, %{name}',
      role: 'Role: %{role}',
      scope: 'Jurisdiction: %{region}',
      county_summary: 'Jurisdiction overview',
      townships: 'Townships',
      villages: 'Villages / communities',
      villages_per_township: 'Villages and communities per township',
      township_summary: 'My township',
      township_villages: 'Villages / communities in the township',
      view_villages: 'View villages',
      view_regions: 'View regions',
      loading: 'Loading…',
      load_failed: 'Could not load the data',
      no_data: 'No data yet',
      adviser_villages: 'My paired villages / communities',
      adviser_title: 'Legal adviser workspace',
      adviser_body:
        'The villages and communities paired with you appear under "My villages". The county bureau arranges pairings; once paired, you will see the villages you serve, your work log and mediation cases here.',
      party_title: 'My mediation cases',
      party_body:
        "The people's mediation cases and agreements you are a party to will appear here. Mediation is confidential: only the parties and the assigned legal advisers can read its contents.",
      party_empty: 'You have no mediation cases yet.',
      analyst_body: "Analyst accounts see aggregates only, never parties' names, phones or confidential text.",
      open_graphiql: 'Open data queries (GraphiQL)',
    },
    regions: {
      title: 'Regions',
      township_title: 'Villages of my township',
      my_title: 'My villages',
      search: 'Search name or code',
      no_pairing_title: 'No village is paired with you yet',
      no_pairing_body: 'Once the county bureau pairs you with villages or communities, they will be listed here.',
      empty_title: 'No villages found',
      empty_body: 'There are no regions to show in your jurisdiction yet.',
      children: 'Subdivisions',
      yes: 'Yes',
      no: 'No',
    },
    users: {
      title: 'Users',
      search: 'Search username or name',
    },
    graphiql: {
      title: 'GraphiQL data queries',
      intro: 'Sign in to query, with GraphQL, the data you are allowed to see.',
      back: 'Back to the console',
      sign_out: 'Sign out',
      signed_in_as: 'Signed in as %{name}',
      example_welcome: "Welcome to Fengqiao's GraphQL data queries.",
      example_run: 'Press Ctrl+Enter to run; the docs icon on the left lists every field you can query.',
    },
  },
  resources: {
    regions: {
      name: 'Region |||| Regions',
      fields: {
        id: 'Id',
        name: 'Name',
        code: 'Division code',
        level: 'Level',
        terrain: 'Terrain',
        kind: 'Kind',
        demo: 'Demo data',
        parent: 'Parent region',
        q: 'Search',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: {
        id: 'Id',
        username: 'Username',
        displayName: 'Name',
        role: 'Role',
        scopeRegion: 'Jurisdiction',
        q: 'Search',
      },
    },
  },
};

export const englishMessages: TranslationMessages = { ...englishRaMessages, ...fengqiaoEnglish };
