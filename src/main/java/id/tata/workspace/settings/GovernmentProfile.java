package id.tata.workspace.settings;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The regional government that owns the workspace: who it is and what its documents print. */
public record GovernmentProfile(
        GovernmentKind kind, String name, String province, String regionHeadName, String regionalSecretaryName,
        String gcioName, String address, String cityOfIssue, String phone, String email, String website,
        String postalCode, PaperProfile paperProfile) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTAL = Pattern.compile("\\d{5}");

    public GovernmentProfile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paperProfile, "paperProfile");
        name = clean(name);
        province = clean(province);
        regionHeadName = clean(regionHeadName);
        regionalSecretaryName = clean(regionalSecretaryName);
        gcioName = clean(gcioName);
        address = clean(address);
        cityOfIssue = clean(cityOfIssue);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        postalCode = clean(postalCode);
    }

    /** A blank profile, as a new workspace has it. */
    public static GovernmentProfile empty() {
        return new GovernmentProfile(GovernmentKind.KOTA, "", "", "", "", "", "", "", "", "", "", "", PaperProfile.F4);
    }

    /** Checks what a document needs; blank optional fields pass. */
    public GovernmentProfile validated() {
        require(!name.isEmpty(), "settings.error.nameRequired");
        require(!province.isEmpty(), "settings.error.provinceRequired");
        require(email.isEmpty() || EMAIL.matcher(email).matches(), "settings.error.email", email);
        require(postalCode.isEmpty() || POSTAL.matcher(postalCode).matches(), "settings.error.postalCode", postalCode);
        require(!name.toLowerCase(Locale.ROOT).startsWith(kind.prefix().toLowerCase(Locale.ROOT) + " "),
                "settings.error.namePrefix", kind.prefix());
        return this;
    }

    /** "Kota Contoh". */
    public String officialName() {
        return kind.prefix() + " " + name;
    }

    /** "Wali Kota Contoh". */
    public String regionHeadOfficeName() {
        return kind.regionHeadTitle() + " " + name;
    }

    /** Where decrees are "Ditetapkan di": the profile's city of issue, else the government's name. */
    public String placeOfIssue() {
        return cityOfIssue.isEmpty() ? name : cityOfIssue;
    }

    private static void require(boolean ok, String key, Object... args) {
        if (!ok) {
            throw new TataException(ErrorKind.BAD_INPUT, key, args);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
