import DataObject from '@mui/icons-material/DataObject';
import Key from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { forwardRef } from 'react';
import { AppBar as RaAppBar, Logout, reactRouterProvider, TitlePortal, UserMenu, usePermissions, useTranslate, useUserMenu } from 'react-admin';

const { Link } = reactRouterProvider;
import { CHANGE_PASSWORD_PATH } from '../providers/authProvider';
import { canAccess } from '../providers/canAccess';
import type { Role } from '../providers/session';

const GraphiQLMenuItem = forwardRef<HTMLAnchorElement>(function GraphiQLMenuItem(_props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component="a" href="/graphiql" ref={ref} onClick={() => userMenu?.onClose()} data-testid="user-menu-graphiql">
      <ListItemIcon>
        <DataObject fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('fq.menu.graphiql')}</ListItemText>
    </MenuItem>
  );
});

const ChangePasswordMenuItem = forwardRef<HTMLAnchorElement>(function ChangePasswordMenuItem(_props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={CHANGE_PASSWORD_PATH} ref={ref} onClick={() => userMenu?.onClose()} data-testid="user-menu-change-password">
      <ListItemIcon>
        <Key fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('fq.password.menu')}</ListItemText>
    </MenuItem>
  );
});

const AppUserMenu = () => {
  const { permissions } = usePermissions<Role>();
  return (
    <UserMenu>
      <ChangePasswordMenuItem />
      {canAccess(permissions, 'graphiql', 'access') && <GraphiQLMenuItem />}
      <Logout />
    </UserMenu>
  );
};

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar userMenu={<AppUserMenu />}>
      <Typography
        variant="h6"
        component="span"
        data-testid="app-brand"
        sx={{ fontWeight: 700, letterSpacing: 1, mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'block' } }}
      >
        {translate('fq.app.name')}
      </Typography>
      <TitlePortal />
    </RaAppBar>
  );
};
