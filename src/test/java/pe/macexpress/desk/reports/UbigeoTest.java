package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Region and province of an INEI ubigeo; an unknown or malformed code is blank, not an error. */
class UbigeoTest {
    private final Ubigeo ubigeo = Ubigeo.bundled();

    @Test
    void aDistrictCodeGivesItsDepartmentAndProvince() {
        assertEquals("Loreto", ubigeo.region("160101"));
        assertEquals("Maynas", ubigeo.province("160101"));
        assertEquals("Áncash", ubigeo.region("020101"));
    }

    @Test
    void anUnknownOrMalformedCodeIsBlank() {
        assertEquals("", ubigeo.region("990101"));
        assertEquals("", ubigeo.province("169901"));
        assertEquals("", ubigeo.region(""));
        assertEquals("", ubigeo.region(null));
        assertEquals("", ubigeo.province("16"));
        assertEquals("", ubigeo.region("1a0101"));
    }
}
