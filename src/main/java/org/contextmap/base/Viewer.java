package org.contextmap.base;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is reading, in what role, and why: the input of every need-to-know decision and of every
 * audit entry. Services ask for {@link #current()} themselves rather than trusting a view or a
 * controller to pass it on, so a screen that forgets a rule cannot show more than its reader may
 * see (docs/access.md).
 *
 * @param user     the user name; {@code system} for work the application does by itself
 * @param roles    the roles granted
 * @param schools  the schools an education user is tied to; {@link #ALL_SCHOOLS} alone means every school
 * @param purpose  why the record is being read (the {@code X-Purpose} header, or asked once per
 *                 sign-in on screen); {@code null} when not given
 * @param channel  {@code api}, {@code ui} or {@code system}
 */
public record Viewer(String user, Set<Role> roles, Set<String> schools, String purpose, String channel) {

    /** The school authority that ties an education user to every school (the demo account {@code school}). */
    public static final String ALL_SCHOOLS = "*";
    /** Authorities naming a school start with this: {@code SCHOOL_SCH1}. */
    public static final String SCHOOL_AUTHORITY = "SCHOOL_";
    /** The HTTP header and session attribute that carry the purpose of access. */
    public static final String PURPOSE_HEADER = "X-Purpose";
    public static final String PURPOSE_ATTRIBUTE = "contextmap.purpose";
    /** The request attribute the security chain puts the signed-in person in (see {@link #current()}). */
    public static final String AUTHENTICATION_ATTRIBUTE = "contextmap.authentication";

    /** The application itself: start-up precomputation, imports from the command line, scheduled jobs. */
    public static final Viewer SYSTEM = new Viewer("system", EnumSet.allOf(Role.class), Set.of(ALL_SCHOOLS),
            "System work", "system");

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        schools = Set.copyOf(schools);
    }

    /**
     * The person behind the current request, or {@link #SYSTEM} for work no request asked for. Read
     * first from the request, where the security chain put them (every request passes one of the two
     * chains, which always put someone there, if only an anonymous visitor), then from Spring
     * Security's holder (a Vaadin background task has no request). Neither: the application's own
     * work — start-up, scheduled jobs, commands.
     */
    public static Viewer current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object captured = request == null ? null
                : request.getAttribute(AUTHENTICATION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Authentication authentication = captured instanceof Authentication settled ? settled
                : SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication.getClass().getSimpleName().startsWith("Anonymous")) {
            // a request the security chain saw is someone who has not signed in; anything else is the application
            return captured != null ? anonymous() : SYSTEM;
        }
        return of(authentication.getName(), authentication.getAuthorities(), requestPurpose(), requestChannel());
    }

    /** A viewer from a user name and authorities ({@code ROLE_POLICE}, {@code SCHOOL_SCH1}). */
    public static Viewer of(String user, Collection<? extends GrantedAuthority> authorities, String purpose,
                            String channel) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> schools = new TreeSet<>();
        for (GrantedAuthority granted : authorities) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(authority.substring(5)));
                } catch (IllegalArgumentException unknown) {
                    // a role this version does not know grants nothing
                }
            } else if (authority.startsWith(SCHOOL_AUTHORITY)) {
                schools.add(authority.substring(SCHOOL_AUTHORITY.length()));
            }
        }
        if (roles.contains(Role.ADMIN)) {
            roles = EnumSet.allOf(Role.class);
            schools.add(ALL_SCHOOLS);
        }
        return new Viewer(user, roles, schools, purpose, channel);
    }

    private static Viewer anonymous() {
        return new Viewer("anonymous", Set.of(), Set.of(), requestPurpose(), requestChannel());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Holds at least one of these roles. */
    public boolean hasAny(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** An education user tied to this school, or to every school. */
    public boolean coversSchool(String schoolId) {
        return schools.contains(ALL_SCHOOLS) || schoolId != null && schools.contains(schoolId);
    }

    /** The roles as one word each, comma-separated, as the audit writes them. */
    public String roleNames() {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }

    /** The same viewer reading for another purpose. */
    public Viewer withPurpose(String newPurpose) {
        return new Viewer(user, roles, schools, newPurpose, channel);
    }

    private static String requestPurpose() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        String header = attributes.getRequest().getHeader(PURPOSE_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        Object kept = attributes.getAttribute(PURPOSE_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
        return kept instanceof String text && !text.isBlank() ? text : null;
    }

    private static String requestChannel() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String path = attributes.getRequest().getRequestURI();
            return path != null && path.startsWith("/api") ? "api" : "ui";
        }
        return "system";
    }
}
