package org.cityscore.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void quartilesInterpolateBetweenTheSortedValues() {
        assertThat(Distribution.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0))).isEqualTo(new Distribution(3.0, 2.0, 4.0));
        assertThat(Distribution.of(List.of(40.0, 10.0, 30.0, 20.0))).isEqualTo(new Distribution(25.0, 17.5, 32.5));
    }

    @Test
    void noValuesHaveNoDistribution() {
        assertThat(Distribution.of(List.of())).isNull();
    }
}
