package org.cityscore.archive;

import java.time.Clock;
import java.util.UUID;
import org.cityscore.archive.Archive.ArchivedAssessment;
import org.cityscore.archive.Archive.Manifest;
import org.cityscore.assessment.Assessment;
import org.cityscore.assessment.AssessmentService;
import org.cityscore.city.City;
import org.cityscore.city.CityService;
import org.cityscore.scorecard.ScorecardDefinition;
import org.cityscore.system.Audit;
import org.cityscore.system.Reader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An assessment out as an archive, and an archive in as a new assessment: all of it, or nothing. */
@Service
class AssessmentArchives {

    private final AssessmentService assessments;
    private final CityService cities;
    private final ArchiveExport export;
    private final ArchiveRestore restore;
    private final Reader reader;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    AssessmentArchives(
            AssessmentService assessments,
            CityService cities,
            ArchiveExport export,
            ArchiveRestore restore,
            Reader reader,
            Audit audit) {
        this.assessments = assessments;
        this.cities = cities;
        this.export = export;
        this.restore = restore;
        this.reader = reader;
        this.audit = audit;
    }

    /** The archive of an assessment the reader may read (404 otherwise), as the bytes of a zip. */
    @Transactional(readOnly = true)
    public byte[] export(long id, String exportedBy) {
        Assessment assessment = assessments.find(id);
        String snapshot = export.snapshot(id);
        ArchivedAssessment archived = export.assessment(id);
        Manifest manifest = new Manifest(
                Archive.FORMAT,
                Archive.FORMAT_VERSION,
                UUID.randomUUID().toString(),
                clock.instant(),
                exportedBy,
                id,
                archived.scorecardId(),
                archived.scorecardVersion(),
                ArchiveRestore.sha256(snapshot));
        byte[] zip = ArchiveZip.write(new Archive(
                manifest, archived, export.responses(id), export.workshops(id), export.reviews(id), snapshot));
        audit.record("assessment.archive", "assessment/" + id, assessment.cityId(), "archive=" + manifest.archiveId());
        return zip;
    }

    /**
     * A new assessment from an archive, in the city {@code cityId} or else the one the archive's city name leads to
     * (made when none does, as for a workbook). Only a trainer of that city or an admin may import.
     */
    @Transactional
    public Assessment importArchive(byte[] zip, Long cityId) {
        Archive archive = ArchiveZip.read(zip);
        ScorecardDefinition definition = ArchiveCheck.check(archive);
        String archiveId = archive.manifest().archiveId();
        restore.importedAs(archiveId).ifPresent(existing -> {
            throw new ArchiveProblem(Archive.MANIFEST + ".archiveId", "archive.duplicate", archiveId, existing);
        });
        City city = cityOf(archive.assessment(), cityId);
        long id = restore.restore(archive, city.id(), clock.instant());
        audit.record(
                "assessment.importArchive",
                "assessment/" + id,
                city.id(),
                "archive=" + archiveId + " scorecard=" + definition.id() + " " + definition.version());
        return assessments.find(id);
    }

    private City cityOf(ArchivedAssessment assessment, Long cityId) {
        City city = cityId != null
                ? cities.find("cityId", cityId)
                : cities.link(
                        assessment.cityName() != null ? assessment.cityName() : assessment.city(),
                        assessment.country());
        if (!reader.mayRead(city.id())) {
            throw cities.notFound("cityId", city.id());
        }
        if (!reader.mayFinalise(city.id())) {
            throw Reader.forbidden();
        }
        return city;
    }
}
