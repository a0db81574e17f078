package pe.macexpress.desk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.testing.TestCatalogs;

class TestCatalogTest {

    @Test
    void theTestCatalogueHasEveryChannelAndEveryFieldType() {
        Catalog c = TestCatalogs.channels();
        assertEquals(EnumSet.allOf(Channel.class), c.all().stream().map(Procedure::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
        Set<FieldType> types = c.find("sis-afiliacion").orElseThrow().form().fields().stream()
                .map(FormField::type).collect(Collectors.toSet());
        assertEquals(Set.copyOf(Arrays.asList(FieldType.values())), types);
    }
}
