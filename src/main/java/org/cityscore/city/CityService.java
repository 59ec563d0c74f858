package org.cityscore.city;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityscore.system.ApiException;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.cityscore.text.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities: made, read, corrected, merged, and found by a typed name. Every way in (the API, the pages, new and
 * corrected assessments, workbook imports) goes through this class, so a later check of who may make, change or
 * merge cities sits here once.
 */
@Service
public class CityService {

    private final CityRepository cities;
    private final List<CityReferences> references;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    CityService(CityRepository cities, List<CityReferences> references, Reader reader, Audit audit) {
        this.cities = cities;
        this.references = references;
        this.reader = reader;
        this.audit = audit;
    }

    /** A city as asked for; for a correction, null means "as it is" (an empty country removes it). */
    public record Draft(String name, String country, Map<String, String> names, List<String> aliases) {}

    @Transactional
    public City create(Draft draft) {
        if (!reader.mayMakeCities()) {
            throw Reader.forbidden();
        }
        City checked = CityRules.checked(0, draft);
        long id = cities.create(checked.name(), checked.country(), clock.instant());
        City made = save(new City(id, checked.name(), checked.country(), checked.names(), checked.aliases()));
        reader.madeCity(id);
        audit.record("city.create", target(made), id, null);
        return made;
    }

    public City find(long id) {
        return find("id", id);
    }

    /** The cities the reader may see. */
    public List<City> list() {
        return cities.list().stream().filter(city -> reader.mayRead(city.id())).toList();
    }

    @Transactional
    public City update(long id, Draft correction) {
        City current = find(id);
        if (!reader.mayChangeCity(id)) {
            throw Reader.forbidden();
        }
        Draft next = new Draft(
                correction.name() == null ? current.name() : correction.name(),
                correction.country() == null ? current.country() : correction.country(),
                correction.names() == null ? current.names() : correction.names(),
                correction.aliases() == null ? current.aliases() : correction.aliases());
        City saved = save(CityRules.checked(id, next));
        audit.record("city.update", target(saved), id, null);
        return saved;
    }

    /**
     * Moves every assessment of city {@code id} into city {@code into}, keeps the merged city's name, names and
     * aliases as aliases of the remaining one, and deletes the merged city: all or nothing.
     */
    @Transactional
    public City merge(long id, Long into) {
        find(id);
        if (!reader.isAdmin()) {
            throw Reader.forbidden();
        }
        if (into == null) {
            throw CityException.rejected("into", Message.of("city.error.intoRequired"));
        }
        if (id == into) {
            throw CityException.rejected("into", Message.of("city.error.mergeIntoItself"));
        }
        City merged = find(id);
        City remaining = find("into", into);
        List<String> aliases = new ArrayList<>(remaining.aliases());
        aliases.add(merged.name());
        aliases.addAll(merged.names().values());
        aliases.addAll(merged.aliases());
        references.forEach(reference -> reference.move(id, into));
        cities.delete(id);
        City kept = save(
                CityRules.checked(into, new Draft(remaining.name(), remaining.country(), remaining.names(), aliases)));
        // on the remaining city, so that the trainers of the city it now is see where its assessments came from
        audit.record("city.merge", target(merged), into, "into=" + target(kept));
        return kept;
    }

    private static String target(City city) {
        return "city/" + city.id() + " " + city.name();
    }

    /** The city a typed name (with the country typed beside it) leads to; a new city when none does. */
    @Transactional
    public City link(String text, String country) {
        return match(text, country).orElseGet(() -> create(new Draft(text, country, Map.of(), List.of())));
    }

    /**
     * The city whose name, name in a language or alias matches the text: of the same country; else, when no
     * country is given, the oldest; else one without a country. Empty when none fits.
     */
    public Optional<City> match(String text, String country) {
        List<CityRepository.Key> candidates = cities.withKey(CityNames.key(text));
        String countryKey = CityNames.key(country);
        return candidates.stream()
                .filter(key -> key.countryKey().equals(countryKey))
                .findFirst()
                .or(() -> countryKey.isEmpty() ? candidates.stream().findFirst() : Optional.empty())
                .or(() -> candidates.stream()
                        .filter(key -> key.countryKey().isEmpty())
                        .findFirst())
                .flatMap(key -> cities.find(key.cityId()))
                .filter(city -> reader.mayRead(city.id()));
    }

    /** True if the text is the city's name, one of its names or aliases, as {@link CityNames} matches them. */
    public static boolean isNamed(City city, String text) {
        String key = CityNames.key(text);
        return CityNames.key(city.name()).equals(key)
                || city.names().values().stream()
                        .anyMatch(name -> CityNames.key(name).equals(key))
                || city.aliases().stream()
                        .anyMatch(alias -> CityNames.key(alias).equals(key));
    }

    /** Every city, of any country, that the text leads to, oldest first. */
    public List<City> matching(String text) {
        return cities.withKey(CityNames.key(text)).stream()
                .map(key -> cities.find(key.cityId()).orElseThrow())
                .filter(city -> reader.mayRead(city.id()))
                .toList();
    }

    /** The city with this id; 404 naming {@code field} when there is none. */
    public City find(String field, long id) {
        return cities.find(id).filter(city -> reader.mayRead(city.id())).orElseThrow(() -> notFound(field, id));
    }

    /** The answer for a city that does not exist or that the reader may not see: the same 404 for both. */
    public ApiException notFound(String field, long id) {
        return CityException.notFound(field, id);
    }

    /**
     * Stores the city with its keys, refusing (409) a key that another city of its country has; that city is named only
     * to a reader who may see it.
     */
    private City save(City city) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.putIfAbsent(CityNames.key(city.name()), "name");
        city.names().forEach((lang, name) -> keys.putIfAbsent(CityNames.key(name), "names." + lang));
        city.aliases().forEach(alias -> keys.putIfAbsent(CityNames.key(alias), "aliases"));
        String countryKey = CityNames.key(city.country());
        for (var key : keys.entrySet()) {
            Optional<Long> owner = cities.owner(countryKey, key.getKey()).filter(other -> other != city.id());
            if (owner.isPresent()) {
                String text = textOf(city, key.getKey());
                // the name's owner stays unnamed to a reader outside it: the refusal cannot be avoided, its id can
                throw reader.mayRead(owner.get())
                        ? CityException.taken(
                                key.getValue(), text, cities.find(owner.get()).orElseThrow())
                        : CityException.takenElsewhere(key.getValue(), text);
            }
        }
        cities.save(city, keys.keySet());
        // not find(): a trainer's new city is not yet among their cities
        return cities.find(city.id()).orElseThrow();
    }

    private static String textOf(City city, String key) {
        List<String> texts = new ArrayList<>(List.of(city.name()));
        texts.addAll(city.names().values());
        texts.addAll(city.aliases());
        return texts.stream()
                .filter(text -> CityNames.key(text).equals(key))
                .findFirst()
                .orElse(key);
    }
}
