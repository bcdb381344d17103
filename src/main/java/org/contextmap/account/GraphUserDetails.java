package org.contextmap.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contextmap.base.DisplayNamed;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs people in against the {@code :User} nodes: their roles become {@code ROLE_…} authorities and
 * an education user's schools {@code SCHOOL_…} authorities, which {@link Viewer#of} reads back.
 */
@Service
class GraphUserDetails implements UserDetailsService {

    private final UserStore users;
    private final LoginThrottle throttle;

    GraphUserDetails(UserStore users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        long locked = throttle.lockedMinutes(username);
        if (locked > 0) {
            throw new LockedException("Too many wrong passwords for this user name: try again in " + locked
                    + (locked == 1 ? " minute." : " minutes."));
        }
        UserStore.Stored stored = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        UserAccount account = stored.account();
        return new Named(account.username(),
                stored.passwordHash() == null ? "{noop}" + UUID.randomUUID() : stored.passwordHash(),
                account.enabled(), authorities(account), account.displayName() + " (" + account.agencyLabel() + ")");
    }

    /** Spring Security's user with the name to show in the header. */
    static final class Named extends User implements DisplayNamed {

        private final String displayName;

        Named(String username, String password, boolean enabled, List<GrantedAuthority> authorities,
              String displayName) {
            super(username, password, enabled, true, true, true, authorities);
            this.displayName = displayName;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    static List<GrantedAuthority> authorities(UserAccount account) {
        List<GrantedAuthority> granted = new ArrayList<>();
        account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).forEach(granted::add);
        account.schools().stream().map(school -> new SimpleGrantedAuthority(Viewer.SCHOOL_AUTHORITY + school))
                .forEach(granted::add);
        return granted;
    }
}
