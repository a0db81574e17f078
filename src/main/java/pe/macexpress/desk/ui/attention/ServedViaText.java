package pe.macexpress.desk.ui.attention;

import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.ui.common.I18n;

/** How an attention was carried out, for the receipt and the history: the channel and the entity's number. */
public final class ServedViaText {
    private ServedViaText() {
    }

    public static String of(ServedVia via, I18n i18n) {
        String channel = i18n.get(via.channel().messageKey());
        return via.reference().isEmpty() ? channel : i18n.get("receipt.via.reference", channel, via.reference());
    }
}
