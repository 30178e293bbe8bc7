package dev.hybridnet.model;

import java.util.List;
import java.util.Map;

/**
 * The values of a custom IPsec/IKE policy ({@code ipsecPolicy} of a site-to-site or VNet-to-VNet connection), as
 * Azure's API spells them, and the check of a policy object: each field it has must be legal; fields it does not
 * know are kept. Azure asks for every field when a custom policy is set; the program only checks what is there.
 */
public final class Ipsec {

    /** The shortest security association lifetime Azure accepts, in seconds. */
    public static final long MIN_LIFETIME_SECONDS = 300;
    /** The longest, in seconds. */
    public static final long MAX_LIFETIME_SECONDS = 172_799;
    /** The smallest data size limit Azure accepts, in kilobytes; 0 means no limit. */
    public static final long MIN_DATA_SIZE_KILOBYTES = 1024;
    public static final long MAX_DATA_SIZE_KILOBYTES = 2_147_483_647L;

    private Ipsec() {
    }

    /** IKE (phase 1) encryption. */
    public enum IkeEncryption implements Spelled {
        DES("DES"), DES3("DES3"), AES128("AES128"), AES192("AES192"), AES256("AES256"), GCMAES128("GCMAES128"),
        GCMAES256("GCMAES256");

        private final String spelling;

        IkeEncryption(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** IKE (phase 1) integrity. */
    public enum IkeIntegrity implements Spelled {
        MD5("MD5"), SHA1("SHA1"), SHA256("SHA256"), SHA384("SHA384"), GCMAES128("GCMAES128"), GCMAES256("GCMAES256");

        private final String spelling;

        IkeIntegrity(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** IPsec (phase 2) encryption. */
    public enum IpsecEncryption implements Spelled {
        NONE("None"), DES("DES"), DES3("DES3"), AES128("AES128"), AES192("AES192"), AES256("AES256"),
        GCMAES128("GCMAES128"), GCMAES192("GCMAES192"), GCMAES256("GCMAES256");

        private final String spelling;

        IpsecEncryption(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** IPsec (phase 2) integrity. */
    public enum IpsecIntegrity implements Spelled {
        MD5("MD5"), SHA1("SHA1"), SHA256("SHA256"), GCMAES128("GCMAES128"), GCMAES192("GCMAES192"),
        GCMAES256("GCMAES256");

        private final String spelling;

        IpsecIntegrity(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** The Diffie-Hellman group of IKE (phase 1). */
    public enum DhGroup implements Spelled {
        NONE("None"), DH_GROUP_1("DHGroup1"), DH_GROUP_2("DHGroup2"), DH_GROUP_14("DHGroup14"),
        DH_GROUP_2048("DHGroup2048"), ECP256("ECP256"), ECP384("ECP384"), DH_GROUP_24("DHGroup24");

        private final String spelling;

        DhGroup(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** The perfect forward secrecy group of IPsec (phase 2). */
    public enum PfsGroup implements Spelled {
        NONE("None"), PFS1("PFS1"), PFS2("PFS2"), PFS14("PFS14"), PFS2048("PFS2048"), ECP256("ECP256"),
        ECP384("ECP384"), PFS24("PFS24"), PFSMM("PFSMM");

        private final String spelling;

        PfsGroup(String spelling) {
            this.spelling = spelling;
        }

        @Override
        public String spelling() {
            return spelling;
        }
    }

    /** The fields of a policy, in the order the inspector shows them. */
    public static List<PropertyKey<?>> fields() {
        return List.of(Keys.IKE_ENCRYPTION, Keys.IKE_INTEGRITY, Keys.DH_GROUP, Keys.IPSEC_ENCRYPTION,
                Keys.IPSEC_INTEGRITY, Keys.PFS_GROUP, Keys.SA_LIFETIME_SECONDS, Keys.SA_DATA_SIZE_KILOBYTES);
    }

    /** A policy close to Azure's default: AES256 and SHA256 in both phases, DH group 14, no PFS. */
    public static PropValue.ObjectValue defaults() {
        return PropValue.ObjectValue.of(Map.of(
                Keys.IKE_ENCRYPTION.name(), PropValue.text(IkeEncryption.AES256.spelling()),
                Keys.IKE_INTEGRITY.name(), PropValue.text(IkeIntegrity.SHA256.spelling()),
                Keys.DH_GROUP.name(), PropValue.text(DhGroup.DH_GROUP_14.spelling()),
                Keys.IPSEC_ENCRYPTION.name(), PropValue.text(IpsecEncryption.AES256.spelling()),
                Keys.IPSEC_INTEGRITY.name(), PropValue.text(IpsecIntegrity.SHA256.spelling()),
                Keys.PFS_GROUP.name(), PropValue.text(PfsGroup.NONE.spelling()),
                Keys.SA_LIFETIME_SECONDS.name(), PropValue.number(27_000),
                Keys.SA_DATA_SIZE_KILOBYTES.name(), PropValue.number(102_400_000)));
    }

    /** {@code policy} when each of its known fields is legal; otherwise the first problem, naming the field. */
    static Typed<PropValue.ObjectValue> check(String key, PropValue.ObjectValue policy) {
        Props fields = new Props(policy.fields());
        for (PropertyKey<?> field : fields()) {
            Typed<?> value = fields.read(field);
            if (value.isInvalid()) {
                return Typed.invalid(key + ": " + value.error().orElseThrow());
            }
        }
        Typed<Long> lifetime = fields.read(Keys.SA_LIFETIME_SECONDS);
        if (lifetime.toOptional().filter(s -> s < MIN_LIFETIME_SECONDS || s > MAX_LIFETIME_SECONDS).isPresent()) {
            return Typed.invalid(key + ": " + Keys.SA_LIFETIME_SECONDS + " should be from " + MIN_LIFETIME_SECONDS
                    + " to " + MAX_LIFETIME_SECONDS + " seconds, not " + lifetime.toOptional().orElseThrow());
        }
        Typed<Long> size = fields.read(Keys.SA_DATA_SIZE_KILOBYTES);
        if (size.toOptional().filter(s -> s != 0 && (s < MIN_DATA_SIZE_KILOBYTES || s > MAX_DATA_SIZE_KILOBYTES))
                .isPresent()) {
            return Typed.invalid(key + ": " + Keys.SA_DATA_SIZE_KILOBYTES + " should be 0 (no limit) or from "
                    + MIN_DATA_SIZE_KILOBYTES + " to " + MAX_DATA_SIZE_KILOBYTES + " kilobytes, not "
                    + size.toOptional().orElseThrow());
        }
        return Typed.present(policy);
    }
}
