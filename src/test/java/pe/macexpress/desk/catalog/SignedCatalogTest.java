package pe.macexpress.desk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.testing.TestCatalogs;

/** Only the pinned central's signature over the exact bytes opens a catalogue. */
class SignedCatalogTest {
    private final KeyPair central = CatalogSignature.newKeyPair();
    private final KeyPair other = CatalogSignature.newKeyPair();
    private final byte[] bytes = TestCatalogs.channelsBytes();

    @Test
    void thePinnedKeyOpensTheExactBytes() throws Exception {
        SignedCatalog s = SignedCatalog.read(SignedCatalog.sign(bytes, central.getPrivate(), central.getPublic()).toBytes());
        assertEquals("test-1", s.open(central.getPublic(), Catalog.bundled()).version());
        assertEquals(CatalogSignature.keyId(central.getPublic()), s.keyId());
    }

    @Test
    void oneChangedByteAnotherKeyOrNoKeyIsRefused() throws Exception {
        SignedCatalog good = SignedCatalog.sign(bytes, central.getPrivate(), central.getPublic());
        for (int at : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[at] ^= 0x20;
            SignedCatalog tampered = new SignedCatalog(good.format(), good.keyId(), good.signature(),
                    Base64.getEncoder().encodeToString(changed));
            assertEquals(CatalogException.Problem.SIGNATURE, assertThrows(CatalogException.class,
                    () -> tampered.open(central.getPublic(), Catalog.bundled())).problem(), "byte " + at);
        }
        assertEquals(CatalogException.Problem.SIGNATURE, assertThrows(CatalogException.class,
                () -> good.open(other.getPublic(), Catalog.bundled())).problem(), "signed by another central");
        assertEquals(CatalogException.Problem.SIGNATURE, assertThrows(CatalogException.class,
                () -> good.open(null, Catalog.bundled())).problem(), "no key pinned");
        SignedCatalog byOther = SignedCatalog.sign(bytes, other.getPrivate(), other.getPublic());
        assertEquals(CatalogException.Problem.SIGNATURE, assertThrows(CatalogException.class,
                () -> byOther.open(central.getPublic(), Catalog.bundled())).problem(), "a captive portal's own key");
    }

    @Test
    void onlyTheBundledBytesOpenUnsigned() throws Exception {
        Catalog bundled = Catalog.bundled();
        assertSame(bundled, SignedCatalog.read(SignedCatalog.bundled(bundled).toBytes()).open(null, bundled));
        SignedCatalog unsigned = new SignedCatalog(SignedCatalog.FORMAT, null, null, Base64.getEncoder().encodeToString(bytes));
        assertThrows(CatalogException.class, () -> unsigned.open(central.getPublic(), bundled));
        assertEquals(CatalogException.Problem.FORMAT, assertThrows(CatalogException.class,
                () -> SignedCatalog.read(bytes)).problem(), "a plain catalogue is not an envelope");
    }
}
