import ArgumentParser

Debrief.main()
