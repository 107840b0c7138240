package id.tata.workspace.settings;

/** In which capacity a signatory signs; one default signatory per role. */
public enum SignerRole {
    REGION_HEAD,
    REGIONAL_SECRETARY,
    GCIO,
    OTHER
}
