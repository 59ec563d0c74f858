package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Moves each assessment's copy of its scorecard text into the shared snapshot table (one row per distinct text),
 * then drops the per-assessment copies. Written in Java because SQL has no portable SHA-256.
 */
public class V5__move_snapshots extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        Map<String, Long> ids = new HashMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, scorecard_snapshot from assessment");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into scorecard_snapshot (sha256, content) values (?, ?)", new String[] {"id"});
                PreparedStatement link =
                        connection.prepareStatement("update assessment set snapshot_id = ? where id = ?")) {
            while (rows.next()) {
                String content = rows.getString(2);
                String hash = HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
                Long snapshot = ids.get(hash);
                if (snapshot == null) {
                    insert.setString(1, hash);
                    insert.setString(2, content);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        snapshot = key.getLong(1);
                    }
                    ids.put(hash, snapshot);
                }
                link.setLong(1, snapshot);
                link.setLong(2, rows.getLong(1));
                link.executeUpdate();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("alter table assessment drop column scorecard_snapshot");
            alter.execute("alter table assessment alter column snapshot_id set not null");
        }
    }
}
