package org.cityscore.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migration to cities keeps every assessment of a database made by the version before, now in a city. */
class CityMigrationTest {

    @Test
    void everyAssessmentIsMovedIntoOneCityPerCityAndCountry() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:city-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("8")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("insert into scorecard_snapshot (sha256, content) values ('old', 'id: iclei-5rs')")
                .update();
        long snapshot =
                jdbc.sql("select id from scorecard_snapshot").query(Long.class).single();
        Timestamp now = Timestamp.from(Instant.now());
        String[][] old = {{"Kaili", "China"}, {"Kaili", "China"}, {"凯里", "China"}, {"Kaili", null}};
        for (int i = 0; i < old.length; i++) {
            jdbc.sql("""
                            insert into assessment (city, country, assessment_year, scorecard_id, scorecard_version, snapshot_id,
                                status, illustrative, created_at, updated_at)
                            values (?, ?, ?, 'iclei-5rs', '1', ?, 'draft', false, ?, ?)""")
                    .params(old[i][0], old[i][1], 2020 + i, snapshot, now, now)
                    .update();
        }

        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.sql("select count(*) from assessment").query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from assessment where city_id is null")
                        .query(Long.class)
                        .single())
                .isZero();
        List<String> cities = jdbc.sql("select name || '/' || coalesce(country, '-') from city order by id")
                .query(String.class)
                .list();
        assertThat(cities).containsExactly("Kaili/China", "凯里/China", "Kaili/-");
        List<String> byAssessment = jdbc.sql("""
                        select c.name || '/' || coalesce(c.country, '-') from assessment a join city c on c.id = a.city_id
                        order by a.assessment_year""").query(String.class).list();
        assertThat(byAssessment).containsExactly("Kaili/China", "Kaili/China", "凯里/China", "Kaili/-");
        assertThat(jdbc.sql("select count(*) from city_key").query(Long.class).single())
                .isEqualTo(3);
    }
}
