#!/bin/bash
export DATABASE_URL=postgres://app:hunter2-prod@db.internal:5432/app
/opt/app/start
