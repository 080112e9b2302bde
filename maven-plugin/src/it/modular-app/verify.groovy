def log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0/ : 'the test ran inside the module and passed'
assert !log.contains('[WARNING] /') : 'the module and its generated code compile without warnings'
assert !log.contains('automatic') : 'no module needs an automatic-module warning'
return true
