def migrations = new File(basedir, 'src/main/resources/db/quarry/migrations')
def created = migrations.listFiles().findAll { it.isDirectory() && it.name.endsWith('_init') }
assert created.size() == 1 : "one init migration in ${migrations}"
assert new File(created[0], 'migration.sql').text.contains('create table "users"')
assert new File(created[0], 'schema.json').exists()
assert new File(migrations, 'migration_lock.toml').text.contains('postgresql')

def log = new File(basedir, 'build.log').text
assert log =~ /Applied \d{14}_init in \d+ ms/
assert log.contains('[INFO] The database is up to date.')
assert log.contains('No pending migrations.')
assert log.contains('-- No difference.')
assert log =~ /(?m)^The database is up to date\.$/ : 'mvn -q quarry:migrate-status prints its report'
assert log.contains('Dropped every table, type and row.')
assert log =~ /Pushed \d+ change\(s\)\./
assert !log.contains('Thank you for using jOOQ') : 'no jOOQ banner'
assert !log.contains('waiting for server to start') : 'no embedded server chatter'
assert !log.contains('SLF4J') : 'no logging warnings'
assert log =~ /Quarry Studio: http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/
assert log.contains('quarry:migrate-resolve') && log.contains('quarry:migrate-dev') : 'quarry:help lists the goals'
assert log.contains('Name one migration: -Dquarry.rolledBack=NAME')
return true
