def project = new File(basedir, 'workspace/blog')
assert new File(project, '.gitignore').text.contains('.quarry/') : 'the generated project ignores the database folder'

def migrations = new File(project, 'src/main/resources/db/quarry/migrations')
assert migrations.listFiles().any { it.isDirectory() && it.name.endsWith('_init') } : 'migrate-dev wrote the first migration'

def log = new File(basedir, 'build.log').text
assert log =~ /Applied \d{14}_init in \d+ ms/
assert log.contains('Feed:') && log.contains('Hello, Quarry by Ada Lovelace') : 'the app ran on the migrated database'
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/ : 'the project test ran and passed'
assert log =~ /Quarry Studio: http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/
assert log =~ /(?m)^The database is up to date\.$/
assert !log.contains('SLF4J') : 'no logging warnings'
assert !log.contains('Thank you for using jOOQ')

def shipped = new File(project, 'runtime-dependencies.txt').text
assert shipped.contains('dev.quarry:quarry-runtime')
assert !shipped.contains('embedded-postgres') : "the application ships no PostgreSQL binaries:\n${shipped}"
assert !shipped.contains('picocli') : "the application ships no command line:\n${shipped}"
assert !shipped.contains('quarry-migrate') : "the application ships no migration engine:\n${shipped}"

// The README shows this very pom: its snippet is what a user copies.
def readme = new File(basedir, '../../../../README.md').text
def marker = readme.indexOf('<!-- The archetype\'s integration build checks that this block is the generated pom.xml. -->')
assert marker >= 0 : 'the README marks its pom snippet'
def from = readme.indexOf('```xml\n', marker) + 7
def block = readme.substring(from, readme.indexOf('\n```', from))
def generated = new File(project, 'pom.xml').text.trim()
assert block.trim() == generated : "README's pom differs from the generated one:\n${generated}"
return true
