package id.tata.workspace;

/** Why a backup was taken; part of its file name so a user can tell them apart. */
public enum BackupReason {
    OPEN,
    MANUAL,
    BEFORE_UPGRADE,
    BEFORE_RESTORE
}
