package id.tata.workspace.user;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;
import id.tata.workspace.Session;
import id.tata.workspace.Workspace;
import id.tata.workspace.schema.tables.records.AppUserRecord;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static id.tata.workspace.schema.Tables.APP_USER;

/** Local accounts: the first admin, log-in with slow-down after failures, and account management by admins. */
public final class UserService {
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** Failures allowed before each further attempt must wait. */
    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    private static final String SYSTEM_ACTOR = "system";

    private final PasswordHasher hasher;

    public UserService(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public UserService() {
        this(PasswordHasher.standard());
    }

    public boolean hasUsers(Workspace workspace) {
        return workspace.read(dsl -> dsl.fetchCount(APP_USER) > 0);
    }

    /** The first account of a new workspace; refused once any account exists. */
    public Session createFirstAdmin(Workspace workspace, String username, String fullName, char[] password) {
        String name = validUsername(username);
        validPassword(password);
        User user = workspace.write(SYSTEM_ACTOR, tx -> {
            if (tx.dsl().fetchCount(APP_USER) > 0) {
                throw new TataException(ErrorKind.REFUSED, "user.error.adminExists");
            }
            return toUser(tx.insert(newRecord(tx.dsl(), name, fullName, Role.ADMIN, password)));
        });
        return new Session(workspace, user);
    }

    /**
     * Checks the password. After {@value #FREE_ATTEMPTS} failures each further attempt must wait, doubling up to
     * five minutes, so that guessing is slow even offline with the GUI or the CLI.
     */
    public Session login(Workspace workspace, String username, char[] password) {
        AppUserRecord record = workspace.read(dsl -> find(dsl, username));
        if (record == null || record.getActive() == 0) {
            throw new TataException(ErrorKind.REFUSED, "user.error.badLogin");
        }
        Duration wait = remainingWait(record, Instant.now());
        if (!wait.isZero()) {
            throw new TataException(ErrorKind.REFUSED, "user.error.wait", wait.toSeconds() + 1);
        }
        boolean ok = hasher.verify(password, record.getPasswordHash());
        if (!workspace.readOnly()) {
            recordAttempt(workspace, record.getId(), ok);
        }
        if (!ok) {
            throw new TataException(ErrorKind.REFUSED, "user.error.badLogin");
        }
        return new Session(workspace, toUser(record));
    }

    static Duration remainingWait(AppUserRecord record, Instant now) {
        int failures = record.getFailedAttempts();
        if (failures < FREE_ATTEMPTS || record.getLastFailedAt() == null) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(failures - FREE_ATTEMPTS, 20));
        delay = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        Instant until = Instant.parse(record.getLastFailedAt()).plus(delay);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static void recordAttempt(Workspace workspace, long userId, boolean ok) {
        // Counters are bookkeeping, not a change of data: written directly, without an audit row per attempt.
        workspace.write(SYSTEM_ACTOR, tx -> tx.dsl().update(APP_USER)
                .set(APP_USER.FAILED_ATTEMPTS, ok ? APP_USER.FAILED_ATTEMPTS.mul(0) : APP_USER.FAILED_ATTEMPTS.add(1))
                .set(APP_USER.LAST_FAILED_AT, ok ? null : Instant.now().toString())
                .where(APP_USER.ID.eq(userId)).execute());
    }

    public User add(Session session, String username, String fullName, Role role, char[] password) {
        String name = validUsername(username);
        validPassword(password);
        if (fullName == null || fullName.isBlank()) {
            throw new TataException(ErrorKind.BAD_INPUT, "user.error.fullName");
        }
        return session.write(Permission.USER_MANAGE, tx -> {
            if (find(tx.dsl(), name) != null) {
                throw new TataException(ErrorKind.BAD_INPUT, "user.error.duplicate", name);
            }
            return toUser(tx.insert(newRecord(tx.dsl(), name, fullName.strip(), role, password)));
        });
    }

    public List<User> list(Session session) {
        return session.read(Permission.WORKSPACE_READ, dsl ->
                dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserService::toUser));
    }

    /** Users change their own password; admins change anyone's. */
    public void changePassword(Session session, String username, char[] newPassword) {
        if (!session.user().username().equalsIgnoreCase(username)) {
            session.require(Permission.USER_MANAGE);
        }
        validPassword(newPassword);
        session.workspace().write(session.user().username(), tx -> {
            AppUserRecord record = existing(tx.dsl(), username);
            record.setPasswordHash(hasher.hash(newPassword));
            record.setFailedAttempts(0);
            record.setLastFailedAt(null);
            return tx.update(record);
        });
    }

    public User update(Session session, String username, String fullName, Role role, boolean active) {
        return session.write(Permission.USER_MANAGE, tx -> {
            AppUserRecord record = existing(tx.dsl(), username);
            if (record.getRole().equals(Role.ADMIN.name()) && (role != Role.ADMIN || !active)
                    && activeAdmins(tx.dsl()) <= 1) {
                throw new TataException(ErrorKind.REFUSED, "user.error.lastAdmin");
            }
            record.setFullName(fullName);
            record.setRole(role.name());
            record.setActive(active ? 1 : 0);
            return toUser(tx.update(record));
        });
    }

    private static int activeAdmins(DSLContext dsl) {
        return dsl.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.ADMIN.name()).and(APP_USER.ACTIVE.eq(1)));
    }

    private AppUserRecord newRecord(DSLContext dsl, String username, String fullName, Role role, char[] password) {
        AppUserRecord r = dsl.newRecord(APP_USER);
        r.setUsername(username);
        r.setFullName(fullName);
        r.setRole(role.name());
        r.setPasswordHash(hasher.hash(password));
        return r;
    }

    private static AppUserRecord find(DSLContext dsl, String username) {
        return dsl.selectFrom(APP_USER)
                .where(org.jooq.impl.DSL.lower(APP_USER.USERNAME).eq(username.toLowerCase(Locale.ROOT)))
                .fetchOne();
    }

    private static AppUserRecord existing(DSLContext dsl, String username) {
        AppUserRecord r = find(dsl, username);
        if (r == null) {
            throw new TataException(ErrorKind.NOT_FOUND, "user.error.notFound", username);
        }
        return r;
    }

    static String validUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new TataException(ErrorKind.BAD_INPUT, "user.error.username", username);
        }
        return name;
    }

    static void validPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new TataException(ErrorKind.BAD_INPUT, "user.error.passwordShort", MIN_PASSWORD_LENGTH);
        }
    }

    static User toUser(AppUserRecord r) {
        return new User(r.getId(), r.getUsername(), r.getFullName(), Role.valueOf(r.getRole()), r.getActive() == 1);
    }
}
