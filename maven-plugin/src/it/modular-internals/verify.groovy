def log = new File(basedir, 'build.log').text
assert log.contains('package dev.quarry.runtime.jdbc is not visible') : 'the engine is out of reach of a user module'
assert log.contains('(package dev.quarry.runtime.jdbc is declared in module dev.quarry.runtime, which does not export it)')
return true
