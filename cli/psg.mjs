#!/usr/bin/env node
console.log("psg: not yet");
