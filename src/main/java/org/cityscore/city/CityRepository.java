package org.cityscore.city;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Cities in the database, with their names by language, their aliases and the keys they are found by. */
@Repository
class CityRepository {

    private final JdbcClient jdbc;

    CityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A city's matching key in its country, as stored. */
    record Key(long cityId, String countryKey) {}

    long create(String name, String country, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into city (name, country, created_at) values (?, ?, ?)")
                .params(name, country, Timestamp.from(now))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Replaces the name, country, names, aliases and keys of a city. */
    void save(City city, Collection<String> keys) {
        jdbc.sql("update city set name = ?, country = ? where id = ?")
                .params(city.name(), city.country(), city.id())
                .update();
        jdbc.sql("delete from city_name where city_id = ?").param(city.id()).update();
        city.names()
                .forEach((lang, name) -> jdbc.sql("insert into city_name (city_id, lang, name) values (?, ?, ?)")
                        .params(city.id(), lang, name)
                        .update());
        jdbc.sql("delete from city_alias where city_id = ?").param(city.id()).update();
        for (int i = 0; i < city.aliases().size(); i++) {
            jdbc.sql("insert into city_alias (city_id, position, alias) values (?, ?, ?)")
                    .params(city.id(), i, city.aliases().get(i))
                    .update();
        }
        jdbc.sql("delete from city_key where city_id = ?").param(city.id()).update();
        String countryKey = CityNames.key(city.country());
        keys.forEach(key -> jdbc.sql("insert into city_key (country_key, name_key, city_id) values (?, ?, ?)")
                .params(countryKey, key, city.id())
                .update());
    }

    Optional<City> find(long id) {
        return jdbc.sql("select id, name, country from city where id = ?")
                .param(id)
                .query((row, n) -> new City(
                        row.getLong("id"), row.getString("name"), row.getString("country"), names(id), aliases(id)))
                .optional();
    }

    /** Every city by name. */
    List<City> list() {
        List<Long> ids = jdbc.sql("select id from city order by lower(name), name, id")
                .query(Long.class)
                .list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    /** The cities that have this key, oldest first. */
    List<Key> withKey(String nameKey) {
        return jdbc.sql("select city_id, country_key from city_key where name_key = ? order by city_id")
                .param(nameKey)
                .query((row, n) -> new Key(row.getLong("city_id"), row.getString("country_key")))
                .list();
    }

    /** Which city of this country has this key, if any. */
    Optional<Long> owner(String countryKey, String nameKey) {
        return jdbc.sql("select city_id from city_key where country_key = ? and name_key = ?")
                .params(countryKey, nameKey)
                .query(Long.class)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from city where id = ?").param(id).update();
    }

    private Map<String, String> names(long id) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select lang, name from city_name where city_id = ? order by lang")
                .param(id)
                .query(row -> {
                    names.put(row.getString("lang"), row.getString("name"));
                });
        return names;
    }

    private List<String> aliases(long id) {
        return new ArrayList<>(jdbc.sql("select alias from city_alias where city_id = ? order by position")
                .param(id)
                .query(String.class)
                .list());
    }
}
