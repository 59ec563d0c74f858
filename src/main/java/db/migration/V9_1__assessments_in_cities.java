package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cityscore.city.CityNames;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves every assessment into a city: one city per distinct (city, country), both compared as {@link CityNames}
 * matches them, so "Kaili" and " kaili" of one country become one city while "Kaili" without a country is another.
 * The city takes the name and country of its oldest assessment. Written in Java because SQL has no NFKC.
 */
public class V9_1__assessments_in_cities extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        Map<String, Long> cities = new HashMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, city, country from assessment order by id");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into city (name, country, created_at) values (?, ?, ?)", new String[] {"id"});
                PreparedStatement key = connection.prepareStatement(
                        "insert into city_key (country_key, name_key, city_id) values (?, ?, ?)");
                PreparedStatement link =
                        connection.prepareStatement("update assessment set city_id = ? where id = ?")) {
            while (rows.next()) {
                String name = rows.getString(2).strip();
                String country = rows.getString(3) == null || rows.getString(3).isBlank()
                        ? null
                        : rows.getString(3).strip();
                String countryKey = CityNames.key(country);
                String nameKey = CityNames.key(name);
                Long city = cities.get(countryKey + "\n" + nameKey);
                if (city == null) {
                    insert.setString(1, name);
                    insert.setString(2, country);
                    insert.setTimestamp(3, now);
                    insert.executeUpdate();
                    try (ResultSet id = insert.getGeneratedKeys()) {
                        id.next();
                        city = id.getLong(1);
                    }
                    key.setString(1, countryKey);
                    key.setString(2, nameKey);
                    key.setLong(3, city);
                    key.executeUpdate();
                    cities.put(countryKey + "\n" + nameKey, city);
                }
                link.setLong(1, city);
                link.setLong(2, rows.getLong(1));
                link.executeUpdate();
            }
        }
    }
}
