package pe.macexpress.desk.receipt;

/** The two papers a counter has: a sheet (A5 page, prints whole on A4 too) and an 80 mm thermal ticket. */
public enum Layout {
    /** A5 portrait (148 × 210 mm); on an A4 printer it prints centred, unscaled. */
    A5(420f, 595f, 30f, 1f),
    /** 80 mm thermal roll: 226 pt wide, as tall as the content. */
    TICKET(226f, 0f, 12f, 0.86f);

    /** Points (1/72 inch). */
    final float width;
    /** 0: fitted to the content (a roll). */
    final float height;
    final float margin;
    /** Type scale against the sheet's sizes. */
    final float scale;

    Layout(float width, float height, float margin, float scale) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.scale = scale;
    }

    /** "a5" or "ticket", as the command line spells it. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
