import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useEffect, useMemo, useState } from 'react';
import { clearSession, getSessionUser, getToken, GRAPHQL_URL, type SessionUser } from '../providers/session';
import { operationNameFor } from './operationName';
import { SignInForm } from './SignInForm';
import { usePageTranslate } from './useTranslate';

const EXAMPLE = `query Overview {
  me { displayName role scopeRegion { name } }
  regions(options: {
    take: 20
    filter: { level: TOWNSHIP }
    sort: [{ field: CODE, order: ASC }]
  }) {
    totalItems
    items { name code terrain }
  }
}
`;

function signedInUser(): SessionUser | null {
  return getToken() ? getSessionUser() : null;
}

export const GraphiQLPage = () => {
  const { translate, locale, locales, switchLocale } = usePageTranslate();
  const [user, setUser] = useState<SessionUser | null>(signedInUser);

  useEffect(() => {
    document.title = `GraphiQL · ${translate('fq.app.name')}`;
    document.documentElement.lang = locale;
  }, [translate, locale]);

  // Signing in or out in the console (another tab) applies here too.
  useEffect(() => {
    const onStorage = () => setUser(signedInUser());
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const token = user ? getToken() : null;
  const fetcher = useMemo(() => {
    const base = token
      ? createGraphiQLFetcher({
          url: GRAPHQL_URL,
          headers: { Authorization: `Bearer ${token}` },
          // An expired or revoked token: back to the sign-in form rather than a wall of 401s.
          fetch: async (input, init) => {
            const response = await fetch(input, init);
            if (response.status === 401) {
              clearSession();
              setUser(null);
            }
            return response;
          },
        })
      : null;
    return base
      ? (((params, options) => base({ ...params, operationName: operationNameFor(params.query, params.operationName) }, options)) as Fetcher)
      : null;
  }, [token]);

  const signOut = () => {
    clearSession();
    setUser(null);
  };

  const otherLocale = locales.find((l) => l.locale !== locale) ?? locales[0]!;
  const languageButton = (
    <button type="button" className="fq-text-button" onClick={() => switchLocale(otherLocale.locale)} lang={otherLocale.locale}>
      {otherLocale.name}
    </button>
  );

  if (!user || !fetcher) {
    return (
      <div className="fq-page">
        <header className="fq-bar">
          <strong>{translate('fq.app.name')}</strong>
          <span className="fq-spacer" />
          {languageButton}
        </header>
        <SignInForm translate={translate} onSignedIn={setUser} />
      </div>
    );
  }

  return (
    <div className="fq-page">
      <header className="fq-bar" data-testid="graphiql-bar">
        <a href="/" className="fq-brand" data-testid="graphiql-back">
          ← {translate('fq.graphiql.back')}
        </a>
        <span className="fq-spacer" />
        <span className="fq-muted fq-hide-small" data-testid="graphiql-user">
          {translate('fq.graphiql.signed_in_as', { name: user.displayName })}
        </span>
        {languageButton}
        <button type="button" className="fq-text-button" onClick={signOut} data-testid="graphiql-sign-out">
          {translate('fq.graphiql.sign_out')}
        </button>
      </header>
      <div className="fq-editor">
        <GraphiQL
          key={token}
          fetcher={fetcher}
          defaultQuery={`# ${translate('fq.graphiql.example_welcome')}\n# ${translate('fq.graphiql.example_run')}\n\n${EXAMPLE}`}
        >
          <GraphiQL.Logo>{translate('fq.app.name')}</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
};
