package pe.macexpress.desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextGuardTest {
    @Test
    void removesControlAndBidiOverridesKeepsLineBreaksAndAccents() {
        String typed = "Se\u0000ñor\u202Eaíd\u2066x\u0007\r\nDos\rTres\tfin";
        assertEquals("Señoraídx\nDos\nTres\tfin", TextGuard.clean(typed));
        assertFalse(TextGuard.isClean(typed));
        assertTrue(TextGuard.isClean("Ñuñoa\nqhapaq"));
    }

    @Test
    void cutsAtTheLimitWithoutSplittingASurrogatePair() {
        assertEquals(TextGuard.MAX_FREE_TEXT, TextGuard.clean("a".repeat(22_000)).length());
        assertEquals("ab", TextGuard.clean("ab\uD83D\uDE00", 3));
        assertEquals("", TextGuard.clean(null));
    }
}
